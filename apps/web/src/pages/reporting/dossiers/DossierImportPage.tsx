import { useSearchParams } from "react-router-dom";
import { useSession } from "../../../auth/SessionProvider.tsx";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { ImportForm } from "./ImportForm.tsx";
import { ImportHistory } from "./ImportHistory.tsx";
import { ImportResult } from "./ImportResult.tsx";
import { TemplateDownloads } from "./TemplateDownloads.tsx";

/**
 * Nhập số liệu hồ sơ TTHC: the template (CSV, XLSX), the import of a file with its progress, its result and
 * rejected rows (with the downloadable report), and the recent imports. The import is the city office's;
 * leaders read the results. The import shown is kept in the address (?import=id).
 */
export function DossierImportPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const [params, setParams] = useSearchParams();
  const importId = params.get("import");
  const canImport = state.status === "signedIn" && state.user.roles.includes("CITY_ADMIN");
  const show = (id: string) => setParams(new URLSearchParams({ import: id }));

  return (
    <section aria-labelledby="page-title" className="kit-stack">
      <h1 id="page-title">{t("reports.dossiers.heading")}</h1>
      <p>{t("reports.dossiers.intro")}</p>
      <TemplateDownloads />
      {canImport && <ImportForm onStarted={show} />}
      {importId && <ImportResult key={importId} importId={importId} />}
      <ImportHistory current={importId} onShow={show} />
    </section>
  );
}
