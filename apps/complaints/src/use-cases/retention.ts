/**
 * Retention of senders' personal data (Decree 13/2023 Art 2, 3: kept no longer than its purpose needs):
 * a closed PAKN keeps it for the configured number of months after closing. Then the sender's name,
 * address, phone and email are blanked; the scans and attachments are deleted (bytes and records);
 * the personal data found in every free text — the content, answers, contributions, the staff's
 * reasons (pauses, extension, return, reviews, reveals) and the audit trail's reasons — is masked.
 * What the register needs stays: field, the regulation (its personal data masked too), dates,
 * statuses, the published texts (reviewed before publishing) and every audit entry, its reason masked.
 */
import { eraseFiles } from "@tthc/files";
import { actorId, forbidden, invalidInput, requireRole, type Actor } from "@tthc/service-kit";
import { lockComplaint, searchTextOf, type ComplaintRow } from "../db/complaints.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { Tx } from "../db/client.ts";
import { loadSettings, saveRetentionMonths } from "../db/settings.ts";
import { detectPersonalData, redact, type KnownSender } from "../domain/index.ts";
import { knownSender } from "./commands.ts";
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

/** Erase the personal data of every PAKN closed before the retention period; returns how many were erased. */
export async function eraseExpiredPersonalData(deps: ComplaintsDeps): Promise<number> {
  const now = deps.now();
  const { retentionMonths } = await loadSettings(deps.db);
  const closedBefore = monthsBefore(now, retentionMonths);
  const due = await deps.db.complaint.findMany({
    where: { status: "closed", personalDataErasedAt: null, audit: { some: { toStatus: "closed", at: { lt: closedBefore } } } },
    select: { id: true },
  });
  let erased = 0;
  for (const { id } of due) {
    const done = await deps.db.$transaction(async (tx) => {
      // Locked and re-checked: a concurrent run may have erased it already.
      const row = await lockComplaint(tx, id);
      if (!row || row.status !== "closed" || row.personalDataErasedAt) return false;
      await erasePersonalData(tx, deps, row, now, retentionMonths);
      return true;
    });
    if (done) erased += 1;
  }
  return erased;
}

async function erasePersonalData(tx: Tx, deps: ComplaintsDeps, row: ComplaintRow, now: Date, retentionMonths: number): Promise<void> {
  const sender = knownSender(row);
  const mask = (text: string) => maskText(text, sender);
  const maskOrNull = (text: string | null) => (text === null ? null : mask(text));
  const id = row.id;

  const attachments = await tx.attachment.findMany({ where: { complaintId: id }, select: { fileId: true } });
  await tx.attachment.deleteMany({ where: { complaintId: id } });
  await eraseFiles(
    tx,
    deps.files,
    attachments.map((a) => a.fileId),
  );

  const content = mask(row.content);
  const regulation = mask(row.regulation);
  const classifiedRegulation = maskOrNull(row.classifiedRegulation);
  const pauses = (row.pauses as Array<{ reason: string }>).map((p) => ({ ...p, reason: mask(p.reason) }));
  await tx.complaint.update({
    where: { id },
    data: {
      senderName: "",
      senderAddress: "",
      senderPhone: null,
      senderEmail: null,
      content,
      regulation,
      classifiedRegulation,
      searchText: searchTextOf({ ...row, content, regulation, classifiedRegulation }),
      pauses: pauses as Prisma.InputJsonValue,
      extensionReason: maskOrNull(row.extensionReason),
      returnedReason: maskOrNull(row.returnedReason),
      returnedGuidance: maskOrNull(row.returnedGuidance),
      personalDataErasedAt: now,
      version: { increment: 1 },
    },
  });
  for (const answer of row.answers) {
    await tx.answer.update({ where: { id: answer.id }, data: { text: mask(answer.text), reviewReason: maskOrNull(answer.reviewReason) } });
  }
  if (row.rating?.comment) {
    await tx.complaintRating.update({ where: { complaintId: id }, data: { comment: mask(row.rating.comment) } });
  }
  for (const contribution of row.contributions) {
    await tx.contribution.update({ where: { id: contribution.id }, data: { text: mask(contribution.text) } });
  }
  for (const access of await tx.personalDataAccess.findMany({ where: { complaintId: id, reason: { not: null } } })) {
    await tx.personalDataAccess.update({ where: { id: access.id }, data: { reason: mask(access.reason!) } });
  }
  // The audit trail is append-only; the database lets a reason be masked once, and nothing else change.
  for (const entry of await tx.auditEntry.findMany({ where: { complaintId: id, reason: { not: null }, reasonMaskedAt: null } })) {
    const masked = mask(entry.reason!);
    if (masked !== entry.reason) await tx.auditEntry.update({ where: { id: entry.id }, data: { reason: masked, reasonMaskedAt: now } });
  }
  await tx.auditEntry.create({
    data: {
      complaintId: id,
      at: now,
      actorId: "complaints",
      actorKind: "service",
      action: "erasePersonalData",
      reason:
        `Hết thời hạn lưu trữ dữ liệu cá nhân (${retentionMonths} tháng sau khi kết thúc)` +
        (attachments.length ? `; đã xoá ${attachments.length} tệp đính kèm` : ""),
      fromStatus: "closed",
      toStatus: "closed",
    },
  });
}

function maskText(text: string, sender: KnownSender): string {
  return redact(text, detectPersonalData(text, sender));
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
