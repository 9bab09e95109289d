/**
 * Next year's plan (kế hoạch năm sau): a draft copy of a plan with every task kept and every
 * plan-relative date shifted, so the office edits instead of retyping. Group names are expanded
 * again as of the new year, so the copy follows a reorganisation the old plan must not see: a unit
 * closed since by a reorganisation is replaced by the unit holding its plan work then (its successor),
 * and the copy may be issued by another unit (the province, when the city that issued the old plan
 * is gone), whose departments and communes the group names then stand for; a new issuer usually means a new
 * title, which the caller then gives (the old one names the old issuer's area).
 */
import { fromDbDate, toDbDate } from "@tthc/calendar";
import { randomUUID } from "node:crypto";
import type { LocalDate } from "@tthc/calendar";
import { badInput, notFound } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { successorsHolding } from "@tthc/unit-replica";
import { directoryUnits } from "../db/directory-units.ts";
import {
  expandResolution,
  isActiveOn,
  shiftDate,
  shiftPlanYear,
  shiftYearsInText,
  type GroupRule,
  type ParsedTimeframe,
} from "../domain/index.ts";

export async function copyPlan(
  db: Db,
  planId: string,
  toYear: number,
  options: { issuingUnitId?: string; title?: string } = {},
): Promise<string> {
  if (!Number.isInteger(toYear) || toYear < 2000 || toYear > 2100) throw badInput("Năm kế hoạch không hợp lệ (2000–2100).", "year");
  const source = await db.plan.findUnique({
    where: { id: planId },
    include: { sections: { include: { tasks: { include: { units: true } } } } },
  });
  if (!source) throw notFound("Không tìm thấy kế hoạch.");
  if (toYear === source.year) throw badInput("Năm của bản sao phải khác năm của kế hoạch gốc.", "year");
  const years = toYear - source.year;
  const day = `${toYear}-01-01` as LocalDate;
  const units = (await directoryUnits(db)).filter((u) => isActiveOn(u, day));
  const active = new Set(units.map((u) => u.id));
  const issuingUnitId = options.issuingUnitId ?? source.issuingUnitId;
  if (!active.has(issuingUnitId)) throw badInput(`Đơn vị ban hành không tồn tại vào ngày 01/01/${toYear}.`, "issuingUnitId");
  const closed = source.sections.flatMap((s) =>
    s.tasks.flatMap((t) => t.units.flatMap((u) => (u.unitId && !active.has(u.unitId) ? [u.unitId] : []))),
  );
  const successors = await successorsHolding(db, closed, "PLAN_WORK", day);
  /** The unit a named unit of the old plan stands for in the new year: itself, its successor, or none. */
  const unitThen = (unitId: string | null) => {
    if (!unitId) return null;
    if (active.has(unitId)) return unitId;
    const successor = successors.get(unitId);
    return successor && active.has(successor) ? successor : null;
  };
  const shiftDay = (d: Date | null) => (d ? toDbDate(shiftDate(fromDbDate(d), years)) : null);
  const text = (value: string) => shiftYearsInText(value, source.year, toYear);

  const newPlanId = randomUUID();
  const sections = source.sections.map((s) => ({ ...s, newId: randomUUID() }));
  const tasks = sections.flatMap((s) =>
    shiftPlanYear(
      s.tasks.map((t) => ({ ...t, timeframe: t.timeframe as unknown as ParsedTimeframe })),
      source.year,
      toYear,
    ).map((t) => ({ ...t, newId: randomUUID(), sectionId: s.newId })),
  );

  await db.$transaction(async (tx) => {
    await tx.plan.create({
      data: {
        id: newPlanId,
        year: toYear,
        // A plan over several years is copied over as many years from the new first one.
        lastYear: source.lastYear + years,
        issuingUnitId,
        // A new year's plan is a new decision: number and date come when it is signed.
        decisionNumber: null,
        decisionDate: null,
        title: options.title ?? text(source.title),
        unitPlanDeadline: shiftDay(source.unitPlanDeadline),
        copiedFromId: source.id,
        decision: { ...(source.decision as object), number: null, date: null },
        importWarnings: [],
      },
    });
    await tx.section.createMany({
      data: sections.map((s) => ({ id: s.newId, planId: newPlanId, order: s.order, number: s.number, title: s.title })),
    });
    await tx.task.createMany({
      data: tasks.map((t) => ({
        id: t.newId,
        planId: newPlanId,
        sectionId: t.sectionId,
        order: t.order,
        number: t.number,
        content: t.content,
        timeframeText: t.timeframeText,
        timeframe: t.timeframe as object,
        expectedResult: t.expectedResult,
        resultItems: t.resultItems,
        attributes: t.attributes as object,
        activityKind: t.activityKind,
      })),
    });
    await tx.taskUnit.createMany({
      data: tasks.flatMap((t) => {
        const seen = new Set<string>();
        return t.units.flatMap((u) => {
          const key = `${u.role}|${u.writtenName}|${u.viaGroup ?? u.unitId ?? ""}`;
          if (seen.has(key)) return [];
          seen.add(key);
          const base = { taskId: t.newId, role: u.role, writtenName: u.writtenName, viaGroup: u.viaGroup };
          if (u.viaGroup) {
            const members = expandResolution({ kind: "group", rule: u.viaGroup as GroupRule }, { issuingUnitId, units }, day);
            return members.length === 0 ? [{ ...base, unitId: null }] : members.map((unitId) => ({ ...base, unitId }));
          }
          // A unit closed since without a successor keeps its written name, unassigned, for the office to reassign.
          return [{ ...base, unitId: unitThen(u.unitId) }];
        });
      }),
    });
  });
  return newPlanId;
}
