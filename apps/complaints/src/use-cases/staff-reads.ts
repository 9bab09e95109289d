/** Staff and partner reads: the inbox with its filters, one PAKN, the sender (logged), duplicates. */
import { toDbDate, toLocalDate } from "@tthc/calendar";
import { invalidInput, actorId, forbidden, hasScope, unauthenticated, type Actor } from "@tthc/service-kit";
import { COMPLAINT_INCLUDE, findComplaint, toState, type ComplaintRow } from "../db/complaints.ts";
import type { Prisma } from "../db/generated/client.ts";
import { foldVietnamese } from "@tthc/text";
import { senderHiddenFrom, suggestDuplicates, type Channel, type ComplaintStatus } from "../domain/index.ts";
import { requireVisible } from "./commands.ts";
import { domainActor, type ComplaintsDeps } from "./deps.ts";

const CITY_WIDE = ["CITY_ADMIN", "LEADER", "INSPECTOR"] as const;

export interface ComplaintFilter {
  statuses?: ComplaintStatus[] | null;
  unitId?: string | null;
  field?: string | null;
  channel?: Channel | null;
  overdue?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  search?: string | null;
}

/** Staff of every role; partner systems with `complaints:read` (the field policy gives them non-personal fields only). */
function scopeOf(actor: Actor): Prisma.ComplaintWhereInput {
  if (actor.kind === "partner") {
    if (!hasScope(actor, "complaints:read")) throw forbidden();
    return {};
  }
  if (actor.kind !== "user") throw unauthenticated("Vui lòng đăng nhập.");
  if (CITY_WIDE.some((r) => actor.roles.includes(r))) return {};
  if (actor.roles.includes("UNIT_OFFICER") && actor.unitId) return { unitIds: { has: actor.unitId } };
  throw forbidden();
}

/** The limit each state runs against has passed (the same limits the deadline monitor watches). */
function overdueWhere(today: Date): Prisma.ComplaintWhereInput {
  return {
    OR: [
      { status: "received", dueClassify: { lt: today } },
      { status: { in: ["classified", "handled", "approved"] }, dueAnswer: { lt: today } },
      { status: "transferred", dueHandle: { lt: today } },
    ],
  };
}

/**
 * Words of the code, regulation or content — but a search must not tell a reader what a field hides
 * from them: a partner, and a unit on the PAKN about its own officials, match the tracking code only
 * (a search for the sender's name or phone in the content would reveal who wrote it; they filter by
 * field with the `field` filter).
 */
function searchWhere(actor: Actor, words: string[]): Prisma.ComplaintWhereInput {
  const full: Prisma.ComplaintWhereInput = { AND: words.map((word) => ({ searchText: { contains: word } })) };
  const limited: Prisma.ComplaintWhereInput = { AND: words.map((word) => ({ trackingCode: { contains: word, mode: "insensitive" } })) };
  if (actor.kind !== "user") return limited;
  if (CITY_WIDE.some((r) => actor.roles.includes(r))) return full;
  const unit = actor.unitId ?? "";
  const notConcerned: Prisma.ComplaintWhereInput = { OR: [{ concernedUnitId: null }, { concernedUnitId: { not: unit } }] };
  return { OR: [{ AND: [notConcerned, full] }, { AND: [{ concernedUnitId: unit }, limited] }] };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type ComplaintSort = "RECEIVED_DESC" | "DEADLINE_ASC";

/** Each order ends on the id, so a page boundary between equal keys never repeats or skips a PAKN. */
const ORDER: Record<ComplaintSort, Prisma.ComplaintOrderByWithRelationInput[]> = {
  RECEIVED_DESC: [{ receivedAt: "desc" }, { id: "asc" }],
  // watchedDue is the limit the current state runs against (stateColumns); no running clock goes last.
  DEADLINE_ASC: [{ watchedDue: { sort: "asc", nulls: "last" } }, { receivedAt: "desc" }, { id: "asc" }],
};

export async function listComplaints(
  deps: ComplaintsDeps,
  actor: Actor,
  filter: ComplaintFilter,
  limit: number,
  offset: number,
  sort: ComplaintSort = "RECEIVED_DESC",
) {
  const where: Prisma.ComplaintWhereInput[] = [scopeOf(actor)];
  if (filter.statuses?.length) where.push({ status: { in: filter.statuses } });
  if (filter.unitId) where.push({ unitIds: { has: filter.unitId } });
  if (filter.field?.trim()) where.push({ field: { equals: filter.field.trim(), mode: "insensitive" } });
  if (filter.channel) where.push({ channel: filter.channel });
  for (const [key, value] of [
    ["receivedFrom", filter.receivedFrom],
    ["receivedTo", filter.receivedTo],
  ] as const) {
    if (value && !ISO_DAY.test(value)) throw invalidInput(key, "Ngày không hợp lệ.", "Invalid date.");
  }
  if (filter.receivedFrom) where.push({ receivedDay: { gte: new Date(`${filter.receivedFrom}T00:00:00Z`) } });
  if (filter.receivedTo) where.push({ receivedDay: { lte: new Date(`${filter.receivedTo}T00:00:00Z`) } });
  if (filter.overdue) where.push(overdueWhere(toDbDate(toLocalDate(deps.now()))));
  const words = foldVietnamese(filter.search ?? "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length) where.push(searchWhere(actor, words));
  const query = { AND: where };
  const [total, items] = await Promise.all([
    deps.db.complaint.count({ where: query }),
    deps.db.complaint.findMany({
      where: query,
      include: COMPLAINT_INCLUDE,
      orderBy: ORDER[sort],
      take: Math.min(Math.max(limit, 1), 200),
      skip: Math.max(offset, 0),
    }),
  ]);
  return { total, items };
}

export async function getComplaint(deps: ComplaintsDeps, actor: Actor, id: string): Promise<ComplaintRow | null> {
  scopeOf(actor);
  const row = await findComplaint(deps.db, id);
  if (!row) return null;
  if (actor.kind === "partner") return row;
  try {
    requireVisible(actor, row, toState(row));
  } catch {
    return null;
  }
  return row;
}

export function senderIsHidden(actor: Actor, row: ComplaintRow): boolean {
  return actor.kind !== "user" || senderHiddenFrom(domainActor(actor), toState(row));
}

/** Each staff read of the sender's personal data leaves a trace (Decree 13/2023 Art 27). */
export async function logPersonalDataRead(
  deps: ComplaintsDeps,
  actor: Actor,
  row: ComplaintRow,
  purpose: "read" | "reveal",
  reason: string | null = null,
) {
  await deps.db.personalDataAccess.create({
    data: { complaintId: row.id, actorId: actorId(actor), unitId: actor.kind === "user" ? actor.unitId : null, purpose, reason },
  });
}

const CITY_OFFICE = ["CITY_ADMIN", "LEADER"] as const;

/**
 * The sender shown on a city-office decision with a reason, written to the audit trail. The unit the
 * PAKN concerns never gets it (Decree 61/2018 Art 27.3), nor does any other unit: a unit that needs to
 * reach the sender asks the city office.
 */
export async function revealSender(deps: ComplaintsDeps, actor: Actor, id: string, reason: string) {
  if (actor.kind === "user" && !CITY_OFFICE.some((r) => actor.roles.includes(r))) {
    // Checked before the reason, so a unit learns nothing from the answer but that it may not.
    const row = await findComplaint(deps.db, id);
    requireVisible(actor, row, row ? toState(row) : null);
    throw forbidden();
  }
  if (!reason.trim())
    throw invalidInput("reason", "Vui lòng nêu lý do cần biết thông tin người gửi.", "Give the reason for revealing the sender.");
  return deps.db.$transaction(async (tx) => {
    const row = await findComplaint(tx, id);
    requireVisible(actor, row, row ? toState(row) : null);
    if (actor.kind !== "user" || !CITY_OFFICE.some((r) => actor.roles.includes(r))) throw forbidden();
    await tx.personalDataAccess.create({
      data: { complaintId: id, actorId: actorId(actor), unitId: actor.unitId, purpose: "reveal", reason: reason.trim() },
    });
    await tx.auditEntry.create({
      data: {
        complaintId: id,
        at: deps.now(),
        actorId: actorId(actor),
        actorKind: actor.kind,
        action: "revealSender",
        reason: reason.trim(),
        fromStatus: row.status,
        toStatus: row.status,
      },
    });
    return { name: row.senderName, address: row.senderAddress, phone: row.senderPhone, email: row.senderEmail };
  });
}

const OPEN_STATUSES = ["received", "classified", "transferred", "handled", "approved", "paused"];

/**
 * Open PAKN that look like this one (recent ones first, at most a few hundred compared), from the
 * trigrams stored at intake: no text is folded per view. A PAKN stored before that column existed
 * is compared by its text until the backfill job has reached it.
 */
export async function duplicateSuggestions(deps: ComplaintsDeps, row: ComplaintRow) {
  const candidates = await deps.db.complaint.findMany({
    where: { id: { not: row.id }, status: { in: OPEN_STATUSES }, mergedIntoId: null },
    orderBy: { receivedAt: "desc" },
    take: 500,
    select: { id: true, trigrams: true },
  });
  const missing = candidates.filter((c) => c.trigrams.length === 0).map((c) => c.id);
  const texts = missing.length
    ? await deps.db.complaint.findMany({ where: { id: { in: missing } }, select: { id: true, content: true, regulation: true } })
    : [];
  const suggestions = suggestDuplicates(row.trigrams.length ? row.trigrams : `${row.regulation} ${row.content}`, [
    ...candidates.filter((c) => c.trigrams.length > 0),
    ...texts.map((c) => ({ id: c.id, text: `${c.regulation} ${c.content}` })),
  ]);
  const rows = await deps.db.complaint.findMany({ where: { id: { in: suggestions.map((s) => s.id) } }, include: COMPLAINT_INCLUDE });
  return suggestions.map((s) => ({ complaint: rows.find((r) => r.id === s.id)!, score: s.score }));
}
