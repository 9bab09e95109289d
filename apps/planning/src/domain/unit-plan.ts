/**
 * A unit's own plan (kế hoạch của đơn vị), which the city plan orders every unit to file by the
 * decision's deadline: drafted from the city plan's tasks the unit leads or coordinates, edited,
 * submitted. Pure, so that the rules are tested without a database.
 */
import type { LocalDate, WorkingCalendar } from "@tthc/calendar";
import type { Checked } from "./progress-report.ts";

export type UnitPlanRole = "lead" | "coordinating";

/** One task of the unit's plan; `taskId` ties it to the city plan's task it came from (null: added by the unit). */
export interface UnitPlanItem {
  taskId: string | null;
  taskLabel: string;
  role: UnitPlanRole;
  content: string;
  timeframeText: string;
  expectedResult: string;
}

export interface UnitPlanDraft {
  title: string;
  body: string;
  items: UnitPlanItem[];
}

export interface CityTask {
  id: string;
  label: string;
  content: string;
  timeframeText: string;
  expectedResult: string;
  roles: readonly UnitPlanRole[];
}

/** The draft of a unit's plan: every task where it is lead, then those it coordinates, in plan order. */
export function draftUnitPlan(
  plan: { year: number; title: string; decisionNumber: string | null },
  unitName: string,
  tasks: readonly CityTask[],
): UnitPlanDraft {
  const itemOf = (task: CityTask, role: UnitPlanRole): UnitPlanItem => ({
    taskId: task.id,
    taskLabel: task.label,
    role,
    content: task.content,
    timeframeText: task.timeframeText,
    expectedResult: task.expectedResult,
  });
  const lead = tasks.filter((t) => t.roles.includes("lead")).map((t) => itemOf(t, "lead"));
  const coordinating = tasks
    .filter((t) => !t.roles.includes("lead") && t.roles.includes("coordinating"))
    .map((t) => itemOf(t, "coordinating"));
  const basis = plan.decisionNumber ? `Quyết định số ${plan.decisionNumber}` : `kế hoạch của thành phố`;
  return {
    title: `Kế hoạch kiểm soát thủ tục hành chính năm ${plan.year} của ${unitName}`,
    body: `Thực hiện ${basis} (${plan.title}), ${unitName} xây dựng kế hoạch thực hiện với các nhiệm vụ sau.`,
    items: [...lead, ...coordinating],
  };
}

const MAX_TITLE = 500;
const MAX_TEXT = 20_000;
const MAX_ITEMS = 500;

/** A draft as edited by the unit: trimmed, with a Vietnamese message naming the field at fault. */
export function checkUnitPlanDraft(input: {
  title: string;
  body: string;
  items: ReadonlyArray<Omit<UnitPlanItem, "taskId"> & { taskId?: string | null }>;
}): Checked<UnitPlanDraft> {
  const title = input.title.trim();
  if (title === "") return { ok: false, field: "title", message: "Vui lòng nhập tên kế hoạch của đơn vị." };
  if (title.length > MAX_TITLE) return { ok: false, field: "title", message: `Tên kế hoạch không được dài quá ${MAX_TITLE} ký tự.` };
  const body = input.body.trim();
  if (body.length > MAX_TEXT) return { ok: false, field: "body", message: `Nội dung kế hoạch không được dài quá ${MAX_TEXT} ký tự.` };
  if (input.items.length === 0) return { ok: false, field: "items", message: "Kế hoạch của đơn vị phải có ít nhất một nhiệm vụ." };
  if (input.items.length > MAX_ITEMS) return { ok: false, field: "items", message: `Kế hoạch không được có quá ${MAX_ITEMS} nhiệm vụ.` };
  const items: UnitPlanItem[] = [];
  for (const [index, item] of input.items.entries()) {
    const content = item.content.trim();
    if (content === "")
      return { ok: false, field: `items.${index}.content`, message: `Nhiệm vụ thứ ${index + 1}: vui lòng nhập nội dung.` };
    if ([content, item.timeframeText, item.expectedResult].some((text) => text.length > MAX_TEXT)) {
      return { ok: false, field: `items.${index}`, message: `Nhiệm vụ thứ ${index + 1}: nội dung quá dài.` };
    }
    items.push({
      taskId: item.taskId ?? null,
      taskLabel: item.taskLabel.trim(),
      role: item.role,
      content,
      timeframeText: item.timeframeText.trim(),
      expectedResult: item.expectedResult.trim(),
    });
  }
  return { ok: true, value: { title, body, items } };
}

/** The last day a filing is on time: the deadline, or the next working day when the deadline is a day off. */
export function effectiveDeadline(deadline: LocalDate, calendar: WorkingCalendar): LocalDate {
  return calendar.isWorkingDay(deadline) ? deadline : calendar.nextWorkingDay(deadline);
}

export function isLateFiling(submittedOn: LocalDate, deadline: LocalDate | null, calendar: WorkingCalendar): boolean {
  return deadline !== null && submittedOn > effectiveDeadline(deadline, calendar);
}
