import { Tag } from "antd";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/vi.ts";

const COLORS: Record<string, string> = { expected: "default", submitted: "processing", returned: "warning", accepted: "success" };

/** A report's status as a tag, with "locked" beside it once the deadline passed without a submission. */
export function ReportStatusTag({ status, locked }: { status: string; locked: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={COLORS[status] ?? "default"}>{t(`reports.status.${status}` as MessageKey)}</Tag>
      {locked && <Tag color="error">{t("reports.locked")}</Tag>}
    </>
  );
}
