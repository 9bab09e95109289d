import { Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { DataTable } from "../../../ui/DataTable.tsx";
import type { ReportFigure, UnitReport } from "../reporting-api.ts";
import { CorrectFigureModal } from "./CorrectFigureModal.tsx";

/** How many rows each group spans, on its first row (0 on the others): the form's group cell spans its indicators. */
function groupSpans(figures: readonly ReportFigure[]): number[] {
  return figures.map((f, i) => {
    if (i > 0 && figures[i - 1]!.groupName === f.groupName) return 0;
    let n = 1;
    while (figures[i + n]?.groupName === f.groupName) n++;
    return n;
  });
}

/**
 * The form's figures (Biểu 06 columns, in the server's order): the figure from the projections, the figure
 * reported and, when the unit corrected it, the reason; the unit's officer corrects a figure in a dialog.
 */
export function FiguresTable({ report, editable }: { report: UnitReport; editable: boolean }) {
  const { t } = useI18n();
  const [correcting, setCorrecting] = useState<ReportFigure | null>(null);
  const spans = groupSpans(report.figures);
  const index = new Map(report.figures.map((f, i) => [f.code, i]));

  const columns: ColumnsType<ReportFigure> = [
    {
      title: t("reports.figures.group"),
      dataIndex: "groupName",
      onCell: (f) => ({ rowSpan: spans[index.get(f.code)!] }),
    },
    { title: t("reports.figures.indicator"), dataIndex: "label" },
    { title: t("reports.figures.projected"), dataIndex: "projected", align: "right" as const },
    {
      title: t("reports.figures.value"),
      key: "value",
      align: "right",
      render: (_, f) => (f.correctionReason !== null ? <strong>{f.value}</strong> : f.value),
    },
    {
      title: t("reports.figures.reason"),
      key: "reason",
      render: (_, f) => f.correctionReason ?? "",
    },
    ...(editable
      ? [
          {
            title: t("reports.figures.action"),
            key: "action",
            render: (_: unknown, f: ReportFigure) => (
              <Button
                size="small"
                onClick={() => setCorrecting(f)}
                aria-label={t("reports.figures.correctOne", { indicator: `${f.groupName}: ${f.label}` })}
              >
                {t("reports.figures.correct")}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="figures-title" className="kit-stack">
      <h2 id="figures-title">{t("reports.figures.heading")}</h2>
      <DataTable<ReportFigure>
        label={t("reports.figures.heading")}
        className="report-figures"
        rowKey="code"
        columns={columns}
        dataSource={report.figures}
        bordered
      />
      {correcting && <CorrectFigureModal reportId={report.id} figure={correcting} onClose={() => setCorrecting(null)} />}
    </section>
  );
}
