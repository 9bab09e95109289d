import { Button, Space } from "antd";
import { useState } from "react";
import { saveBlob } from "../../../api/client.ts";
import { useSession } from "../../../auth/SessionProvider.tsx";
import type { DossierTemplateFormat } from "../../../graphql/generated/graphql.ts";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { blobOf, DOSSIER_TEMPLATE } from "../dossier-api.ts";

/** The import template with its example row, as XLSX (cells as text) or CSV. */
export function TemplateDownloads() {
  const { api } = useSession();
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);

  async function download(format: DossierTemplateFormat) {
    setError(null);
    try {
      const { dossierImportTemplate: file } = await api.request(DOSSIER_TEMPLATE, { format });
      saveBlob(blobOf(file), file.fileName);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Space wrap>
      <Button onClick={() => void download("XLSX")}>{t("reports.dossiers.templateXlsx")}</Button>
      <Button onClick={() => void download("CSV")}>{t("reports.dossiers.templateCsv")}</Button>
      {error != null && (
        <span className="field-error" role="alert">
          {errorText(error, lang, t)}
        </span>
      )}
    </Space>
  );
}
