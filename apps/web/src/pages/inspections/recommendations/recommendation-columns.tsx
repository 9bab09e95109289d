import { Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router-dom";
import { formatDate } from "../../../i18n/dates.ts";
import type { Translate } from "../../../i18n/translate.ts";
import type { Recommendation } from "../inspections-api.ts";
import { recommendationStatusKey } from "../labels.ts";
import { FollowUpActions } from "./FollowUpActions.tsx";

/**
 * The columns of a table of recommendations, the same on the recommendations page and on a unit's page: the
 * text with a link to its inspection, the unit it is addressed to (`withUnit`: not on the unit's own page),
 * the due day flagged when overdue, the status with the answer or the reason, and the follow-up actions.
 */
export function recommendationColumns(t: Translate, { withUnit }: { withUnit: boolean }): ColumnsType<Recommendation> {
  return [
    {
      title: t("inspections.rec.text"),
      key: "text",
      render: (_, r) => (
        <>
          {r.text}
          <Link className="secondary" to={`/inspections/${r.inspectionId}`}>
            {t("inspections.rec.openInspection")}
          </Link>
        </>
      ),
    },
    ...(withUnit
      ? [
          {
            title: t("inspections.rec.unit"),
            key: "unit",
            render: (_: unknown, r: Recommendation) => r.responsibleUnitName ?? t("inspections.unknownUnit"),
          },
        ]
      : []),
    {
      title: t("inspections.rec.dueDay"),
      key: "due",
      className: "nowrap",
      render: (_, r) => (
        <>
          {formatDate(r.dueDay)}
          {r.overdue && (
            <div>
              <Tag color="error" data-testid="recommendation-overdue">
                {t("inspections.unit.overdue")}
              </Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: t("inspections.col.status"),
      key: "status",
      render: (_, r) => (
        <>
          <span data-testid="recommendation-status">{t(recommendationStatusKey(r.status))}</span>
          {r.answer && <span className="secondary">{t("inspections.rec.answerLine", { text: r.answer })}</span>}
          {r.status === "RETURNED" && r.returnReason && (
            <span className="secondary">{t("inspections.rec.returnLine", { text: r.returnReason })}</span>
          )}
          {r.status === "CARRIED_OVER" && r.carryOverReason && (
            <span className="secondary">{t("inspections.rec.carryOverLine", { text: r.carryOverReason })}</span>
          )}
        </>
      ),
    },
    // The unit answers, the team verifies, returns or carries over.
    { title: t("inspections.rec.actions"), key: "actions", render: (_, r) => <FollowUpActions recommendation={r} /> },
  ];
}
