import { Fragment } from "react";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import type { InspectionDetail } from "../inspections-api.ts";
import { dayRange } from "../labels.ts";

/**
 * Số liệu của đơn vị: what the platform knows about the unit for the period (PAKN, plan occurrences,
 * reports), from the other services' events; overdue and late as docs/adding-an-event.md §9 defines them.
 * Late reports read "no data" until reporting publishes its lateness.
 */
export function FiguresCard({ inspection: i }: { inspection: InspectionDetail }) {
  const { t } = useI18n();
  const f = i.unitFigures;
  const rows: [string, number | null | undefined][] = [
    [t("inspections.figures.complaintsReceived"), f.complaintsReceived],
    [t("inspections.figures.complaintsOverdue"), f.complaintsOverdue],
    [t("inspections.figures.complaintsAnsweredLate"), f.complaintsAnsweredLate],
    [t("inspections.figures.occurrencesOverdue"), f.occurrencesOverdue],
    [t("inspections.figures.occurrencesDoneLate"), f.occurrencesDoneLate],
    [t("inspections.figures.lateReports"), f.lateReports],
  ];
  return (
    <div className="card">
      <h2>{t("inspections.figures.heading", { period: dayRange(f.from, f.to) })}</h2>
      <dl className="facts" data-testid="unit-figures">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value ?? t("inspections.figures.noData")}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
