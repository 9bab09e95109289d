/**
 * Creating the draft plan from a document the user previewed: every section, task and unit, with
 * group names expanded as of the plan's date (so a later reorganisation does not rewrite it), and
 * the user's name mappings remembered for the issuing unit. All in one transaction: a refused
 * import creates nothing.
 */
import { randomUUID } from "node:crypto";
import { badInput } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { normaliseUnitName, parseTimeframe, type GroupRule } from "../domain/index.ts";
import { readPlanDocument, type NameResolution, type PlanDocumentInput } from "./read-plan-document.ts";

// Plans of thousands of tasks × tens of units are written in slices, in one transaction.
const ROWS_PER_INSERT = 5_000;

export async function importPlan(db: Db, input: PlanDocumentInput): Promise<string> {
  const doc = await readPlanDocument(db, input);
  const unresolved = doc.names.filter((n) => n.resolution === null);
  if (unresolved.length > 0) {
    throw badInput(
      `Chưa xác định được đơn vị cho tên: “${unresolved.map((n) => n.name).join("”, “")}”. Vui lòng chọn đơn vị tương ứng (hoặc “Ngoài hệ thống”) trong bảng đối chiếu tên đơn vị rồi nhập lại.`,
      "mappings",
    );
  }
  const byKey = new Map(doc.names.map((n) => [n.normalisedName, n]));
  const { parsed, year } = doc;
  const planId = randomUUID();
  const sectionIds = new Map(parsed.sections.map((s) => [s.order, randomUUID()]));
  const tasks = parsed.tasks.map((task, i) => ({ id: randomUUID(), order: i + 1, task }));

  await db.$transaction(
    async (tx) => {
      for (const n of doc.names.filter((n) => n.source === "given")) {
        const target =
          n.resolution?.kind === "unit"
            ? { unitId: n.resolution.unitId, rule: null }
            : { unitId: null, rule: (n.resolution as { rule: GroupRule }).rule };
        await tx.unitNameMapping.upsert({
          where: { issuingUnitId_normalisedName: { issuingUnitId: doc.issuingUnit.id, normalisedName: n.normalisedName } },
          create: { issuingUnitId: doc.issuingUnit.id, normalisedName: n.normalisedName, writtenName: n.name, ...target },
          update: { writtenName: n.name, ...target },
        });
      }
      // The user's readings of the unit cells the importer was not sure of: the next import from this issuer uses them.
      for (const [normalisedText, choice] of doc.givenSplits) {
        await tx.unitSplitChoice.upsert({
          where: { issuingUnitId_normalisedText: { issuingUnitId: doc.issuingUnit.id, normalisedText } },
          create: { issuingUnitId: doc.issuingUnit.id, normalisedText, writtenText: choice.text, names: choice.names },
          update: { writtenText: choice.text, names: choice.names },
        });
      }
      await tx.plan.create({
        data: {
          id: planId,
          year,
          lastYear: doc.lastYear,
          issuingUnitId: doc.issuingUnit.id,
          decisionNumber: parsed.decision.number,
          decisionDate: parsed.decision.date ? new Date(parsed.decision.date) : null,
          title: parsed.plan.title ?? parsed.decision.title ?? planTitleOf(year, doc.lastYear),
          unitPlanDeadline: parsed.unitPlanDeadline ? new Date(parsed.unitPlanDeadline) : null,
          decision: parsed.decision as object,
          importWarnings: parsed.warnings as object[],
        },
      });
      await tx.section.createMany({
        data: parsed.sections.map((s) => ({
          id: sectionIds.get(s.order) as string,
          planId,
          order: s.order,
          number: s.number,
          title: s.title,
        })),
      });
      await tx.task.createMany({
        data: tasks.map(({ id, order, task }) => ({
          id,
          planId,
          sectionId: sectionIds.get(task.sectionOrder) as string,
          order,
          number: task.number,
          content: task.content,
          timeframeText: task.timeframeText,
          timeframe: parseTimeframe(task.timeframeText, { planYear: year }) as object,
          expectedResult: task.expectedResult,
          resultItems: task.resultItems,
          attributes: task.attributes ?? {},
        })),
      });
      const unitRows = tasks.flatMap(({ id, task }) => [
        ...taskUnits(id, "lead", task.leadUnitNames, byKey),
        ...taskUnits(id, "coordinating", task.coordinatingUnitNames, byKey),
      ]);
      for (let i = 0; i < unitRows.length; i += ROWS_PER_INSERT)
        await tx.taskUnit.createMany({ data: unitRows.slice(i, i + ROWS_PER_INSERT) });
    },
    { timeout: 300_000 },
  );
  return planId;
}

export function planTitleOf(year: number, lastYear: number): string {
  return lastYear === year ? `Kế hoạch năm ${year}` : `Kế hoạch giai đoạn ${year} - ${lastYear}`;
}

interface TaskUnitRow {
  taskId: string;
  role: "lead" | "coordinating";
  writtenName: string;
  unitId: string | null;
  viaGroup: GroupRule | null;
}

function taskUnits(taskId: string, role: "lead" | "coordinating", names: string[], byKey: Map<string, NameResolution>): TaskUnitRow[] {
  return names.flatMap((name): TaskUnitRow[] => {
    const resolved = byKey.get(normaliseUnitName(name));
    if (!resolved?.resolution) return [];
    const viaGroup = resolved.resolution.kind === "group" ? resolved.resolution.rule : null;
    // A name outside the system is kept as written, without a unit, so the plan still reads like the document.
    if (resolved.memberIds.length === 0) return [{ taskId, role, writtenName: name, unitId: null, viaGroup }];
    return resolved.memberIds.map((unitId) => ({ taskId, role, writtenName: name, unitId, viaGroup }));
  });
}
