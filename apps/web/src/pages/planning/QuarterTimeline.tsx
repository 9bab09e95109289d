import { Alert, Tag } from "antd";
import { keys, useGraphQLQuery } from "../../api/query.tsx";
import { errorText } from "../../i18n/error-message.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { QUARTER_TIMELINE } from "./planning-api.ts";

const QUARTERS = ["I", "II", "III", "IV"] as const;

/** Tiến độ theo quý: for each unit, its occurrences due in each quarter of the plan year — done / total, overdue marked. */
export function QuarterTimeline({ planId, year }: { planId: string; year: number }) {
  const { t, lang } = useI18n();
  const timeline = useGraphQLQuery([...keys.plans, planId, "timeline"], QUARTER_TIMELINE, { planId });
  const rows = timeline.data?.quarterTimeline ?? null;
  const error = timeline.isError ? errorText(timeline.error, lang, t) : null;

  if (error) return <Alert type="error" title={error} />;
  if (!rows || rows.length === 0) return null;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("planning.timeline.heading", { year })}</h2>
      <div className="table-scroll">
        <table className="timeline" aria-labelledby="timeline-title">
          <thead>
            <tr>
              <th scope="col">{t("planning.filter.unit")}</th>
              {QUARTERS.map((q) => (
                <th scope="col" key={q}>
                  {t("planning.timeline.quarter", { q })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unitId} data-testid="timeline-row">
                <th scope="row">{row.unitName}</th>
                {QUARTERS.map((_, i) => {
                  const cell = row.quarters.find((q) => q.year === year && q.quarter === i + 1);
                  if (!cell) return <td key={i}>—</td>;
                  const state = cell.done === cell.total ? "done" : cell.overdue > 0 ? "overdue" : "open";
                  return (
                    <td key={i} className={`timeline-cell timeline-cell--${state}`}>
                      {t("planning.timeline.cell", { done: cell.done, total: cell.total })}
                      {cell.overdue > 0 && (
                        <div>
                          <Tag color="error">{t("planning.timeline.overdue", { count: cell.overdue })}</Tag>
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
