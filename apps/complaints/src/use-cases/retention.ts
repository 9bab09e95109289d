/**
 * Retention of senders' personal data (Decree 13/2023 Art 2, 3: kept no longer than its purpose needs):
 * a closed PAKN keeps the sender's name, address, phone and email for the configured number of months,
 * then they are blanked, with an audit entry. The content, answer and history stay for the register.
 */
import { actorId, forbidden, invalidInput, requireRole, type Actor } from "@tthc/service-kit";
import { loadSettings, saveRetentionMonths } from "../db/settings.ts";
import type { ComplaintsDeps } from "./deps.ts";

export const RETENTION_MONTHS_RANGE = { min: 1, max: 240 } as const;

/** The instant `months` calendar months before `now` (the end of a shorter month clamps to its last day). */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth() - months,
      1,
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

/** Blank the sender of every PAKN closed before the retention period; returns how many were erased. */
export async function eraseExpiredPersonalData(deps: ComplaintsDeps): Promise<number> {
  const now = deps.now();
  const { retentionMonths } = await loadSettings(deps.db);
  const closedBefore = monthsBefore(now, retentionMonths);
  const due = await deps.db.complaint.findMany({
    where: { status: "closed", personalDataErasedAt: null, audit: { some: { toStatus: "closed", at: { lt: closedBefore } } } },
    select: { id: true },
  });
  for (const { id } of due) {
    await deps.db.$transaction(async (tx) => {
      // Re-checked inside the transaction: a concurrent run may have erased it already.
      const erased = await tx.complaint.updateMany({
        where: { id, status: "closed", personalDataErasedAt: null },
        data: {
          senderName: "",
          senderAddress: "",
          senderPhone: null,
          senderEmail: null,
          personalDataErasedAt: now,
          version: { increment: 1 },
        },
      });
      if (erased.count === 0) return;
      await tx.auditEntry.create({
        data: {
          complaintId: id,
          at: now,
          actorId: "complaints",
          actorKind: "service",
          action: "erasePersonalData",
          reason: `Hết thời hạn lưu trữ dữ liệu cá nhân (${retentionMonths} tháng sau khi kết thúc)`,
          fromStatus: "closed",
          toStatus: "closed",
        },
      });
    });
  }
  return due.length;
}

export async function retentionSetting(deps: ComplaintsDeps, actor: Actor) {
  if (actor.kind !== "user") throw forbidden();
  return { months: (await loadSettings(deps.db)).retentionMonths, ...RETENTION_MONTHS_RANGE };
}

export async function updateRetention(deps: ComplaintsDeps, actor: Actor, months: number) {
  requireRole(actor, "CITY_ADMIN");
  if (!Number.isInteger(months) || months < RETENTION_MONTHS_RANGE.min || months > RETENTION_MONTHS_RANGE.max) {
    throw invalidInput(
      "months",
      `Thời hạn lưu trữ phải từ ${RETENTION_MONTHS_RANGE.min} đến ${RETENTION_MONTHS_RANGE.max} tháng.`,
      `The retention must be ${RETENTION_MONTHS_RANGE.min}–${RETENTION_MONTHS_RANGE.max} months.`,
    );
  }
  await saveRetentionMonths(deps.db, months, actorId(actor));
  return retentionSetting(deps, actor);
}
