import { Tag } from "antd";
import type { DecisionStatus } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";

const COLORS: Record<DecisionStatus, string> = { DRAFT: "default", SCHEDULED: "processing", APPLIED: "success", FAILED: "error" };

/** A decision's status in words (the colour only repeats it). */
export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useI18n();
  return <Tag color={COLORS[status]}>{t(`reorg.status.${status}`)}</Tag>;
}
