import { Alert, Button } from "antd";
import { useState } from "react";
import { saveBlob } from "../../../api/client.ts";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { ComplaintDetail } from "../complaints-query.ts";

/** Nội dung: the sender's text as plain text (never as HTML) and the attached files. */
export function ContentCard({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h2>{t("complaints.content")}</h2>
      <p className="plain-text" data-testid="complaint-content">
        {c.content}
      </p>
      {c.attachments.length > 0 && <Attachments files={c.attachments} />}
    </div>
  );
}

/** Each file through the API client's download (the session's token, refreshed like any request). */
function Attachments({ files }: { files: ComplaintDetail["attachments"] }) {
  const { t, lang } = useI18n();
  const { api } = useSession();
  const [error, setError] = useState<unknown>(null);
  const downloadFile = async (url: string, name: string) => {
    setError(null);
    try {
      saveBlob(await api.download(url), name);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <ul>
      {files.map((f) => (
        <li key={f.fileId}>
          <Button onClick={() => void downloadFile(f.url, f.name)}>
            {t("complaints.download")} {f.name}
          </Button>{" "}
          ({Math.ceil(f.size / 1024)} KB)
        </li>
      ))}
      {error != null && (
        <li>
          <Alert type="error" title={errorText(error, lang, t)} />
        </li>
      )}
    </ul>
  );
}
