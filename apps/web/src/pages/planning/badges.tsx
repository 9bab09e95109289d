import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { Occurrence } from "./planning-api.ts";

export function StatusBadge({ occurrence }: { occurrence: Pick<Occurrence, "status" | "review"> }) {
  const { t } = useI18n();
  return (
    <>
      <span className={occurrence.status === "DONE" ? "badge badge--done" : "badge"}>{t(`planning.occ.${occurrence.status}`)}</span>
      {occurrence.review && <span className="secondary">{t(`planning.review.${occurrence.review}`)}</span>}
    </>
  );
}

export function DueBadge({ occurrence }: { occurrence: Pick<Occurrence, "overdue" | "dueSoon" | "workingDaysLeft"> }) {
  const { t } = useI18n();
  if (occurrence.overdue)
    return <span className="badge badge--overdue">{t("planning.due.overdue", { days: -occurrence.workingDaysLeft })}</span>;
  if (occurrence.dueSoon) return <span className="badge badge--soon">{t("planning.due.soon", { days: occurrence.workingDaysLeft })}</span>;
  return null;
}
