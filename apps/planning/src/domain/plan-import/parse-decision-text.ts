import { parseTimeframe } from "../timeframe/index.ts";
import { normaliseInput } from "../text/vietnamese-text.ts";
import { readDecisionHeader } from "./decision-header.ts";
import type { ImportResult, ImportWarning } from "./import-types.ts";
import { PlanImportError } from "./plan-import-error.ts";
import { taskLabel } from "../task-label.ts";
import { findTableStart, readTaskTable, type TableOptions } from "./task-table.ts";

/**
 * Reads the pasted text of a plan decision (the decision, then the plan with its task table in
 * tab-separated rows) into a preview: the plan as read, plus warnings for the user to confirm or
 * fix. Pure: nothing is stored; input that cannot be a plan throws PlanImportError.
 */
export function parseDecisionText(text: string, options: TableOptions = {}): ImportResult {
  // "**bold**" markers of a Markdown export are emphasis, not content.
  const lines = normaliseInput(text).replace(/\*\*/g, "").split("\n");
  if (lines.every((line) => line.trim() === "")) throw new PlanImportError("EMPTY_DOCUMENT");

  const start = findTableStart(lines);
  if (start < 0) throw new PlanImportError("NO_TABLE");
  const header = readDecisionHeader(lines.slice(0, start));
  const table = readTaskTable(lines, start, options);
  if (table.tasks.length === 0) throw new PlanImportError("NO_TASKS");

  return {
    decision: header.decision,
    unitPlanDeadline: header.unitPlanDeadline,
    plan: header.plan,
    years: header.years,
    columns: table.columns,
    unitSplits: table.uncertainSplits,
    sections: table.sections,
    tasks: table.tasks,
    warnings: [...header.warnings, ...table.warnings, ...timeframeWarnings(table, header.plan.year)],
  };
}

function timeframeWarnings(table: Pick<ImportResult, "sections" | "tasks">, planYear: number | null): ImportWarning[] {
  if (planYear === null) return []; // dates without a year cannot be read yet; PLAN_YEAR_UNKNOWN says so
  return table.tasks.flatMap((task) => {
    const { parts, unparsed } = parseTimeframe(task.timeframeText, { planYear });
    if (unparsed.length === 0 && parts.length > 0) return [];
    const section = table.sections.find((s) => s.order === task.sectionOrder);
    const label = section ? taskLabel(section, task.number) : task.number;
    const what =
      parts.length === 0 && unparsed.length === 0
        ? "ô “Thời gian thực hiện” để trống"
        : `không hiểu được phần “${unparsed.join("”, “")}” của thời gian thực hiện “${task.timeframeText}”`;
    return [
      {
        code: "UNPARSED_TIMEFRAME" as const,
        message: `Nhiệm vụ ${label}: ${what}. Hệ thống không tự đoán thời hạn; vui lòng nhập thời hạn cho nhiệm vụ này.`,
        location: { sectionOrder: task.sectionOrder, section: section?.number ?? null, task: task.number, field: "timeframe" as const },
      },
    ];
  });
}
