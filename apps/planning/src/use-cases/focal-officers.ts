/**
 * A unit's focal officers (cán bộ đầu mối) and their history. A change is the trigger of the plan's
 * task "Ngay khi có thay đổi nhân sự" (seed §II.1): it gives that task's lead units an occurrence,
 * in the same transaction as the change and the assignment event.
 */
import { toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { badInput, forbidden, requireRole, type Actor, type ChangeContext } from "@tthc/service-kit";
import { findReplicatedUnit } from "@tthc/unit-replica";
import type { Db } from "../db/client.ts";
import {
  calendar,
  checkFocalOfficerChange,
  seesAllUnits,
  taskLabel,
  type FocalOfficerChangeInput,
  type ParsedTimeframe,
} from "../domain/index.ts";
import { planningEvent } from "../events/outgoing.ts";
import { requireStaff } from "./access.ts";

const isStaffChangeTask = (timeframe: unknown) =>
  (timeframe as ParsedTimeframe).parts.some((p) => p.kind === "triggered" && p.trigger === "staff-change");

export async function changeFocalOfficers(db: Db, unitId: string, input: FocalOfficerChangeInput, ctx: ChangeContext, today: LocalDate) {
  const admin = requireRole(ctx.actor, "CITY_ADMIN");
  const checked = checkFocalOfficerChange(input, today);
  if (!checked.ok) throw badInput(checked.message, checked.field);
  const change = checked.value;
  return db.$transaction(async (tx) => {
    const unit = await findReplicatedUnit(tx, unitId);
    if (!unit) throw badInput("Đơn vị không có trong danh mục.", "unitId");
    const created = await tx.focalOfficerChange.create({
      data: {
        unitId,
        decisionNumber: change.decisionNumber,
        decisionDate: toDbDate(change.decisionDate),
        officers: change.officers as unknown as object[],
        changedBy: admin.userId,
      },
    });
    // "Ngay khi có thay đổi": due on the day of the change, or the next working day.
    const dueDay = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
    const tasks = (
      await tx.task.findMany({
        where: { plan: { status: "issued", year: Number(today.slice(0, 4)) } },
        include: { section: true, plan: true, units: { where: { role: "lead" } } },
      })
    ).filter((t) => isStaffChangeTask(t.timeframe));
    for (const task of tasks) {
      const leads = [...new Set(task.units.flatMap((u) => (u.unitId ? [u.unitId] : [])))];
      const label = taskLabel(task.section, task.number);
      for (const leadUnitId of leads) {
        await tx.occurrence.create({
          data: {
            planId: task.planId,
            taskId: task.id,
            unitId: leadUnitId,
            key: `staff-change:${created.id}`,
            label: `Thay đổi cán bộ đầu mối của ${unit.name} (QĐ số ${change.decisionNumber})`.slice(0, 300),
            kind: "triggered",
            dueDay: toDbDate(dueDay),
            sourceLink: `/planning/focal-officers?unit=${unitId}`,
          },
        });
        await enqueue(
          tx,
          planningEvent(
            "planning.task.assigned",
            task.planId,
            {
              unitId: leadUnitId,
              title: `Nhiệm vụ ${label}: cập nhật cán bộ đầu mối của ${unit.name}`,
              link: `/planning/my-tasks?plan=${task.planId}`,
              planId: task.planId,
              taskCount: 1,
              occurrenceCount: 1,
              overdueCount: 0,
              nextDueDay: dueDay,
            },
            ctx,
          ),
        );
      }
    }
    return created;
  });
}

/** The units with their current focal officers: every unit for the city office and leaders, one's own unit for an officer. */
export async function focalOfficerUnits(db: Db, actor: Actor, unitId: string | null) {
  const user = requireStaff(actor);
  if (unitId && !seesAllUnits(actor) && unitId !== user.unitId) throw forbidden("Bạn chỉ xem được cán bộ đầu mối của đơn vị mình.");
  const scope = unitId ?? (seesAllUnits(actor) ? null : user.unitId);
  const units = await db.$queryRawUnsafe<Array<{ id: string; name: string }>>(
    `SELECT id, name FROM unit_replica WHERE valid_to IS NULL ${scope ? "AND id = $1" : "AND level_code IN ('department', 'commune', 'district')"} ORDER BY name`,
    ...(scope ? [scope] : []),
  );
  const changes = await db.focalOfficerChange.findMany({
    where: { unitId: { in: units.map((u) => u.id) } },
    orderBy: { createdAt: "desc" },
  });
  return units.map((u) => {
    const history = changes.filter((c) => c.unitId === u.id);
    return { unitId: u.id, unitName: u.name, current: history[0]?.officers ?? [], history };
  });
}
