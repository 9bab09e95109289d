import { Alert, Button } from "antd";
import { useId, useState } from "react";
import { keys, useGraphQLMutation } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { base64Of, IMPORT_DOSSIER_FILE, MAX_FILE_BYTES } from "../dossier-api.ts";

/** Pick a CSV or XLSX of the template and import it; the server answers once the file is read, and the rows follow. */
export function ImportForm({ onStarted }: { onStarted(id: string): void }) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const start = useGraphQLMutation(IMPORT_DOSSIER_FILE, [keys.dossierImports]);

  async function submit() {
    setProblem(null);
    if (!file) return setProblem(t("reports.dossiers.noFile"));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setProblem(t("reports.dossiers.badType"));
    if (file.size > MAX_FILE_BYTES) return setProblem(t("reports.dossiers.tooLarge"));
    const contentBase64 = await base64Of(file);
    start.mutate({ fileName: file.name, contentBase64 }, { onSuccess: (data) => onStarted(data.importDossierFile.id) });
  }

  return (
    <form
      className="panel reports-period"
      aria-labelledby={`${inputId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${inputId}-title`} className="reports-form-title">
        {t("reports.dossiers.importTitle")}
      </h2>
      <label htmlFor={inputId}>
        <span>{t("reports.dossiers.file")}</span>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <Button type="primary" htmlType="submit" loading={start.isPending}>
        {t("reports.dossiers.import")}
      </Button>
      {problem && <Alert type="error" title={problem} />}
      {start.isError && <Alert type="error" title={errorText(start.error, lang, t)} />}
    </form>
  );
}
