/** Staff and partner reads: the inbox with its filters, one PAKN, the sender (logged), duplicates. */
import { toDbDate, toLocalDate, VIETNAM_TIME_ZONE } from "@tthc/calendar";
import { invalidInput, actorId, forbidden, hasScope, isUuid, unauthenticated, type Actor } from "@tthc/service-kit";
import { COMPLAINT_INCLUDE, findComplaint, toState, type ComplaintRow } from "../db/complaints.ts";
import { Prisma } from "../db/generated/client.ts";
import { foldVietnamese } from "@tthc/text";
import { senderHiddenFrom, suggestDuplicates, type Channel, type ComplaintStatus } from "../domain/index.ts";
import { requireVisible } from "./commands.ts";
import { domainActor, type ComplaintsDeps } from "./deps.ts";

const CITY_WIDE = ["CITY_ADMIN", "LEADER", "INSPECTOR"] as const;

export interface ComplaintFilter {
  statuses?: ComplaintStatus[] | null;
  unitId?: string | null;
  /** With unitId: only the PAKN it leads (the unit reporting's figures count a PAKN under). */
  leadOnly?: boolean | null;
  field?: string | null;
  channel?: Channel | null;
  overdue?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  search?: string | null;
}

/**
 * Whose PAKN the caller reads: every one (null) or one unit's. Staff of every role; partner systems with
 * `complaints:read` (the field policy gives them non-personal fields only).
 */
function scopedUnit(actor: Actor): string | null {
  if (actor.kind === "partner") {
    if (!hasScope(actor, "complaints:read")) throw forbidden();
    return null;
  }
  if (actor.kind !== "user") throw unauthenticated("Vui lòng đăng nhập.");
  if (CITY_WIDE.some((r) => actor.roles.includes(r))) return null;
  if (actor.roles.includes("UNIT_OFFICER") && actor.unitId) return actor.unitId;
  throw forbidden();
}

function scopeOf(actor: Actor): Prisma.ComplaintWhereInput {
  const unitId = scopedUnit(actor);
  return unitId === null ? {} : { unitIds: { has: unitId } };
}

/**
 * The limit each state runs against has passed (the same limits the deadline monitor watches). Kept
 * in one table so the inbox filter (Prisma) and the monthly counts (SQL) cannot drift apart.
 */
const OVERDUE_LIMITS = [
  { statuses: ["received"], column: "dueClassify" },
  { statuses: ["classified", "handled", "approved"], column: "dueAnswer" },
  { statuses: ["transferred"], column: "dueHandle" },
] as const;

function overdueWhere(today: Date): Prisma.ComplaintWhereInput {
  return { OR: OVERDUE_LIMITS.map(({ statuses, column }) => ({ status: { in: [...statuses] }, [column]: { lt: today } })) };
}

/** Days go to SQL as "YYYY-MM-DD" text: a Date parameter would be cast in the session's time zone. */
function overdueSql(today: string): Prisma.Sql {
  const branches = OVERDUE_LIMITS.map(
    ({ statuses, column }) =>
      Prisma.sql`(c."status" IN (${Prisma.join([...statuses])}) AND c.${Prisma.raw(`"${column}"`)} < ${today}::date)`,
  );
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

export interface MonthCount {
  month: string;
  received: number;
  handled: number;
  overdue: number;
}

/**
 * Received / handled / overdue per month (Vietnam time) for the last `months` months, oldest first, in
 * the caller's scope: one GROUP BY over the receipts and the answers, the empty months filled in here.
 */
export async function countComplaintsByMonth(deps: ComplaintsDeps, actor: Actor, months: number): Promise<MonthCount[]> {
  const unitId = scopedUnit(actor);
  if (!Number.isInteger(months) || months < 1 || months > 24) {
    throw invalidInput("months", "Số tháng phải từ 1 đến 24.", "Months must be between 1 and 24.");
  }
  const today = toLocalDate(deps.now());
  const [year, month] = today.split("-").map(Number) as [number, number];
  const keys = Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (months - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
  const first = `${keys[0]}-01`;
  const scope = unitId === null ? Prisma.sql`TRUE` : Prisma.sql`${unitId} = ANY(c."unitIds")`;
  const rows = await deps.db.$queryRaw<Array<{ month: string; received: bigint; handled: bigint; overdue: bigint }>>`
    SELECT t.month, SUM(t.received) AS received, SUM(t.handled) AS handled, SUM(t.overdue) AS overdue
    FROM (
      SELECT to_char(c."receivedDay", 'YYYY-MM') AS month, 1 AS received, 0 AS handled,
             CASE WHEN ${overdueSql(today)} THEN 1 ELSE 0 END AS overdue
      FROM "Complaint" c
      WHERE ${scope} AND c."receivedDay" >= ${first}::date
      UNION ALL
      SELECT to_char(c."answeredAt" AT TIME ZONE 'UTC' AT TIME ZONE ${VIETNAM_TIME_ZONE}, 'YYYY-MM'), 0, 1, 0
      FROM "Complaint" c
      WHERE ${scope} AND c."answeredAt" IS NOT NULL
        AND (c."answeredAt" AT TIME ZONE 'UTC' AT TIME ZONE ${VIETNAM_TIME_ZONE})::date >= ${first}::date
    ) t
    GROUP BY t.month`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return keys.map((key) => {
    const row = byMonth.get(key);
    return { month: key, received: Number(row?.received ?? 0), handled: Number(row?.handled ?? 0), overdue: Number(row?.overdue ?? 0) };
  });
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

export type ComplaintSort = "RECEIVED_DESC" | "DEADLINE_ASC" | "RECEIVED_ASC" | "FIELD_ASC";

/** Each order ends on the id, so a page boundary between equal keys never repeats or skips a PAKN. */
const ORDER: Record<ComplaintSort, Prisma.ComplaintOrderByWithRelationInput[]> = {
  RECEIVED_DESC: [{ receivedAt: "desc" }, { id: "asc" }],
  // watchedDue is the limit the current state runs against (stateColumns); no running clock goes last.
  DEADLINE_ASC: [{ watchedDue: { sort: "asc", nulls: "last" } }, { receivedAt: "desc" }, { id: "asc" }],
  RECEIVED_ASC: [{ receivedAt: "asc" }, { id: "asc" }],
  // The column's collation is vi-VN-x-icu (migration complaint_field_collation), so PostgreSQL orders
  // "Đất đai" after "Dân số" and before "Giáo dục", as a Vietnamese reader expects.
  FIELD_ASC: [{ field: { sort: "asc", nulls: "last" } }, { receivedAt: "desc" }, { id: "asc" }],
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
  // The lead is one of unitIds: the GIN index on unitIds narrows, the lead column then picks.
  if (filter.unitId) where.push({ unitIds: { has: filter.unitId }, ...(filter.leadOnly ? { leadUnitId: filter.unitId } : {}) });
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
  return row && visibleTo(actor, row) ? row : null;
}

/** PAKN by id, as `getComplaint` reads one (those the actor may not see left out): one query for another service's batch of references. */
export async function getComplaints(deps: ComplaintsDeps, actor: Actor, ids: readonly string[]): Promise<Map<string, ComplaintRow>> {
  scopeOf(actor);
  const rows = await deps.db.complaint.findMany({ where: { id: { in: ids.filter(isUuid) } }, include: COMPLAINT_INCLUDE });
  return new Map(rows.filter((row) => visibleTo(actor, row)).map((row) => [row.id, row]));
}

function visibleTo(actor: Actor, row: ComplaintRow): boolean {
  if (actor.kind === "partner") return true;
  try {
    requireVisible(actor, row, toState(row));
  } catch {
    return false;
  }
  return true;
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
