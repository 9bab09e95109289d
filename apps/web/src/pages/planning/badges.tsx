import { Tag } from "antd";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { Occurrence } from "./planning-api.ts";

export function StatusBadge({ occurrence }: { occurrence: Pick<Occurrence, "status" | "review"> }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={occurrence.status === "DONE" ? "success" : occurrence.status === "BLOCKED" ? "warning" : "default"}>
        {t(`planning.occ.${occurrence.status}`)}
      </Tag>
      {occurrence.review && <span className="secondary">{t(`planning.review.${occurrence.review}`)}</span>}
    </>
  );
}

export function DueBadge({ occurrence }: { occurrence: Pick<Occurrence, "overdue" | "dueSoon" | "workingDaysLeft"> }) {
  const { t } = useI18n();
  if (occurrence.overdue) return <Tag color="error">{t("planning.due.overdue", { count: -occurrence.workingDaysLeft })}</Tag>;
  if (occurrence.dueSoon) return <Tag color="warning">{t("planning.due.soon", { count: occurrence.workingDaysLeft })}</Tag>;
  return null;
}
