/**
 * Issuing a plan (ban hành): for each task and each LEAD unit, the dated occurrences its timeframe
 * implies; coordinating units get none of their own. One transaction with the events: the plan's
 * `issued` and one `task.assigned` digest per unit, so a plan whose dates are already past reaches
 * each unit as one notification, not one per overdue occurrence.
 */
import { toDbDate } from "@tthc/calendar";
import { randomUUID } from "node:crypto";
import type { LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { badInput, notFound, type ChangeContext } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import { calendar, occurrencesFor, type ParsedTimeframe } from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";

const ROWS_PER_INSERT = 5_000;

interface UnitDigest {
  taskIds: Set<string>;
  occurrences: number;
  overdue: number;
  nextDueDay: LocalDate | null;
}

export async function issuePlan(db: Db, planId: string, ctx: ChangeContext, today: LocalDate): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUnique({ where: { id: planId } });
      if (!plan) throw notFound("Không tìm thấy kế hoạch.");
      // The status guard in the update makes a concurrent second issue a no-op that is refused here.
      const claimed = await tx.plan.updateMany({
        where: { id: planId, status: "draft" },
        data: { status: "issued", issuedAt: ctx.now },
      });
      if (claimed.count !== 1) throw badInput("Kế hoạch đã được ban hành trước đó; không thể ban hành lại.");

      const tasks = await tx.task.findMany({ where: { planId }, include: { units: true }, orderBy: { order: "asc" } });
      const digests = new Map<string, UnitDigest>();
      const rows = [];
      for (const task of tasks) {
        const leads = [...new Set(task.units.filter((u) => u.role === "lead" && u.unitId).map((u) => u.unitId as string))];
        const occurrences = occurrencesFor(task.timeframe as unknown as ParsedTimeframe, {
          planYear: plan.year,
          lastYear: plan.lastYear,
          calendar,
        });
        for (const unitId of leads) {
          const digest = digests.get(unitId) ?? { taskIds: new Set(), occurrences: 0, overdue: 0, nextDueDay: null };
          digest.taskIds.add(task.id);
          for (const o of occurrences) {
            const past = o.dueDay < today;
            // A backlog occurrence is announced by the digest below, not again one by one by the deadline checker.
            rows.push({
              id: randomUUID(),
              planId,
              taskId: task.id,
              unitId,
              key: o.key,
              label: o.label,
              kind: o.kind,
              dueDay: toDbDate(o.dueDay),
              reminded: past ? "overdue" : null,
            });
            digest.occurrences += 1;
            if (past) digest.overdue += 1;
            else if (digest.nextDueDay === null || o.dueDay < digest.nextDueDay) digest.nextDueDay = o.dueDay;
          }
          digests.set(unitId, digest);
        }
      }
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await tx.occurrence.createMany({ data: rows.slice(i, i + ROWS_PER_INSERT), skipDuplicates: true });
      }

      // Every unit the plan names must file its own plan (Article 2 of the decision).
      const named = new Set(tasks.flatMap((t) => t.units.flatMap((u) => (u.unitId && u.unitId !== plan.issuingUnitId ? [u.unitId] : []))));
      await tx.unitPlan.createMany({ data: [...named].map((unitId) => ({ planId, unitId })), skipDuplicates: true });

      await enqueue(
        tx,
        planningEvent(
          "planning.plan.issued",
          planId,
          {
            planId,
            year: plan.year,
            title: plan.title,
            issuingUnitId: plan.issuingUnitId,
            decisionNumber: plan.decisionNumber,
            taskCount: tasks.length,
            occurrenceCount: rows.length,
            leadUnitIds: [...digests.keys()],
          },
          ctx,
        ),
        ...[...digests].map(([unitId, d]) =>
          planningEvent(
            "planning.task.assigned",
            planId,
            {
              unitId,
              title: `Kế hoạch năm ${plan.year}: được giao ${d.taskIds.size} nhiệm vụ${d.overdue > 0 ? `, ${d.overdue} lần thực hiện đã quá hạn` : ""}`,
              link: `/planning/my-tasks?plan=${planId}`,
              planId,
              taskCount: d.taskIds.size,
              occurrenceCount: d.occurrences,
              overdueCount: d.overdue,
              nextDueDay: d.nextDueDay,
            },
            ctx,
          ),
        ),
      );
    },
    { timeout: 120_000 },
  );
}
