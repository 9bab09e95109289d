import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { Progress } from "./planning-api.ts";

/** "42% (5/12)" with a bar; the overdue count when there is one. */
export function ProgressMeter({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  if (progress.total === 0) return <span className="secondary">{t("planning.progress.none")}</span>;
  return (
    <span className="nowrap">
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${progress.percentDone}%` }} />
      </span>
      {t("planning.progress.value", { percent: progress.percentDone, done: progress.done, total: progress.total })}
      {progress.overdue > 0 && (
        <>
          {" "}
          · <span className="badge badge--overdue">{t("planning.progress.overdue", { count: progress.overdue })}</span>
        </>
      )}
    </span>
  );
}
