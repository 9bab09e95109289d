/**
 * The local replica of the directory's units that every service keeps (docs/architecture.md §6: directory → all).
 * One implementation for all services: its own tables (migrations source "unit-replica"), a handler per
 * directory.unit.* event, and read helpers. Each event carries the unit's full current state and its
 * dated history, so applying one is a plain upsert (history replaced whole, only by a newer event).
 * directory.unit.succeeded adds who holds a closed unit's work: `currentSuccessors` follows it.
 */
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "@tthc/db";
import { workKindSchema, type EventOf, type UnitState } from "@tthc/events";
import type { SqlTx } from "@tthc/messaging";

// The events that carry a unit's state (succeeded carries a succession, handled apart).
export const UNIT_EVENT_TYPES = [
  "directory.unit.created",
  "directory.unit.updated",
  "directory.unit.moved",
  "directory.unit.closed",
] as const;

export const unitReplicaMigrations: MigrationSource = {
  source: "unit-replica",
  dir: fileURLToPath(new URL("../migrations", import.meta.url)),
};

export type ReplicatedUnit = UnitState;
type UnitEvent = EventOf<(typeof UNIT_EVENT_TYPES)[number]>;

export async function applyUnitEvent(event: UnitEvent, tx: SqlTx): Promise<void> {
  const u = event.data.unit;
  const written = await tx.$executeRawUnsafe(
    // An event from before alternative names ($10 null) keeps the ones the replica has.
    `INSERT INTO unit_replica (id, code, name, short_name, level_code, parent_id, valid_from, valid_to, event_time, alternative_names)
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9::timestamptz, COALESCE($10::text[], '{}'))
     ON CONFLICT (id) DO UPDATE SET
       code = EXCLUDED.code, name = EXCLUDED.name, short_name = EXCLUDED.short_name,
       alternative_names = CASE WHEN $10::text[] IS NULL THEN unit_replica.alternative_names ELSE EXCLUDED.alternative_names END,
       level_code = EXCLUDED.level_code, parent_id = EXCLUDED.parent_id,
       valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, event_time = EXCLUDED.event_time
     WHERE unit_replica.event_time <= EXCLUDED.event_time`,
    u.id,
    u.code,
    u.name,
    u.shortName ?? null,
    u.levelCode,
    u.parentId ?? null,
    u.validFrom,
    u.validTo ?? null,
    event.time,
    u.alternativeNames ?? null,
  );
  // An older event arriving late changed nothing above, and must not rewrite the history either.
  if (written === 0) return;
  // An event of before the history (2026-12) knows one period: the unit as it is now.
  const history = u.history ?? {
    names: [{ validFrom: u.validFrom, validTo: u.validTo, name: u.name, shortName: u.shortName, levelCode: u.levelCode }],
    parents: u.parentId ? [{ validFrom: u.validFrom, validTo: u.validTo, parentId: u.parentId }] : [],
  };
  await tx.$executeRawUnsafe(`DELETE FROM unit_replica_name WHERE unit_id = $1`, u.id);
  await tx.$executeRawUnsafe(`DELETE FROM unit_replica_parent WHERE unit_id = $1`, u.id);
  if (history.names.length > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO unit_replica_name (unit_id, valid_from, valid_to, name, short_name, level_code)
       SELECT $1, * FROM unnest($2::date[], $3::date[], $4::text[], $5::text[], $6::text[])`,
      u.id,
      history.names.map((n) => n.validFrom),
      history.names.map((n) => n.validTo),
      history.names.map((n) => n.name),
      history.names.map((n) => n.shortName),
      history.names.map((n) => n.levelCode),
    );
  }
  if (history.parents.length > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO unit_replica_parent (unit_id, valid_from, valid_to, parent_id)
       SELECT $1, * FROM unnest($2::date[], $3::date[], $4::text[])`,
      u.id,
      history.parents.map((p) => p.validFrom),
      history.parents.map((p) => p.validTo),
      history.parents.map((p) => p.parentId),
    );
  }
}

/** A closed unit's successors: facts that never change, so a replay or a repeat writes nothing new. */
export async function applySuccession(event: EventOf<"directory.unit.succeeded">, tx: SqlTx): Promise<void> {
  const d = event.data;
  await tx.$executeRawUnsafe(
    `INSERT INTO unit_replica_succession (predecessor_id, successor_id, work_kinds, effective_from, decision_id)
     SELECT $1, s.successor_id, string_to_array(s.kinds, ','), $4::date, $5
     FROM unnest($2::text[], $3::text[]) AS s(successor_id, kinds)
     ON CONFLICT (predecessor_id, successor_id) DO NOTHING`,
    d.predecessorId,
    d.successors.map((s) => s.unitId),
    d.successors.map((s) => s.workKinds.join(",")),
    d.effectiveFrom,
    d.decision.id,
  );
}

/** Handlers to merge into a service's consumer. */
export const unitReplicaHandlers = {
  "directory.unit.created": applyUnitEvent,
  "directory.unit.updated": applyUnitEvent,
  "directory.unit.moved": applyUnitEvent,
  "directory.unit.closed": applyUnitEvent,
  "directory.unit.succeeded": applySuccession,
};

interface Row {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  alternative_names: string[];
  level_code: string;
  parent_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

const SELECT = `SELECT id, code, name, short_name, alternative_names, level_code, parent_id,
  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM unit_replica`;

function toUnit(r: Row): ReplicatedUnit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    alternativeNames: r.alternative_names,
    levelCode: r.level_code,
    parentId: r.parent_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export async function findReplicatedUnit(tx: SqlTx, id: string): Promise<ReplicatedUnit | null> {
  const rows = await tx.$queryRawUnsafe<Row[]>(`${SELECT} WHERE id = $1`, id);
  return rows[0] ? toUnit(rows[0]) : null;
}

export async function countReplicatedUnits(tx: SqlTx): Promise<number> {
  const rows = await tx.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM unit_replica`);
  return rows[0]?.n ?? 0;
}

/** The ids of the units with the given codes (a seed names units by their stable codes; unknown codes are left out). */
export async function unitIdsByCode(tx: SqlTx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; code: string }>>(
    `SELECT id, code FROM unit_replica WHERE code = ANY($1::text[])`,
    [...new Set(codes)],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Names of the given units by id, for display (units the replica does not know are left out). */
export async function unitNames(tx: SqlTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; name: string }>>(
    `SELECT id, name FROM unit_replica WHERE id = ANY($1::text[])`,
    [...new Set(ids)],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A unit as it was on `day` (yyyy-mm-dd): its name, level and tree parent then; null if it did not exist that day. */
export async function replicatedUnitAt(tx: SqlTx, id: string, day: string): Promise<ReplicatedUnit | null> {
  return (await replicatedUnitsAt(tx, [id], day)).get(id) ?? null;
}

/** Units as they were on `day`, by id (one query); units that did not exist that day are left out. */
export async function replicatedUnitsAt(tx: SqlTx, ids: readonly string[], day: string): Promise<Map<string, ReplicatedUnit>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT u.id, u.code, COALESCE(n.name, u.name) AS name,
       CASE WHEN n.unit_id IS NULL THEN u.short_name ELSE n.short_name END AS short_name,
       u.alternative_names, COALESCE(n.level_code, u.level_code) AS level_code, p.parent_id,
       to_char(u.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(u.valid_to, 'YYYY-MM-DD') AS valid_to
     FROM unit_replica u
     LEFT JOIN unit_replica_name n ON n.unit_id = u.id AND n.valid_from <= $2::date AND (n.valid_to IS NULL OR n.valid_to >= $2::date)
     LEFT JOIN unit_replica_parent p ON p.unit_id = u.id AND p.valid_from <= $2::date AND (p.valid_to IS NULL OR p.valid_to >= $2::date)
     WHERE u.id = ANY($1::text[]) AND u.valid_from <= $2::date AND (u.valid_to IS NULL OR u.valid_to >= $2::date)`,
    [...new Set(ids)],
    day,
  );
  return new Map(rows.map((r) => [r.id, toUnit(r)]));
}

/**
 * Which of `ids` the service may not name for `day`: unknown to the replica, or not existing that day
 * (created later, or closed by then). One query; the answer keeps the order of `ids`.
 */
export async function unitsMissingOn(tx: SqlTx, ids: readonly string[], day: string): Promise<Array<{ id: string; known: boolean }>> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; exists_on_day: boolean }>>(
    `SELECT id, (valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $2::date)) AS exists_on_day
     FROM unit_replica WHERE id = ANY($1::text[])`,
    [...new Set(ids)],
    day,
  );
  const found = new Map(rows.map((r) => [r.id, r.exists_on_day]));
  return ids.filter((id) => found.get(id) !== true).map((id) => ({ id, known: found.has(id) }));
}

/**
 * The refusal's wording for a unit `unitsMissingOn` returned, shared by every service so a user reads the
 * same sentence everywhere: unknown to the directory, or "<what> không tồn tại vào ngày dd/mm/yyyy (…)".
 */
export function missingUnitText(what: { vi: string; en: string }, missing: { known: boolean }, day: string): { vi: string; en: string } {
  if (!missing.known) return { vi: `${what.vi} không tồn tại trong danh mục đơn vị.`, en: `${what.en} is not in the directory.` };
  const shown = day.split("-").reverse().join("/");
  return {
    vi: `${what.vi} không tồn tại vào ngày ${shown} (khi đó đơn vị chưa được thành lập hoặc đã giải thể, sáp nhập).`,
    en: `${what.en} did not exist on ${day}.`,
  };
}

/** Names of the given units as they were on `day` (the current name for a unit without a period that day). */
export async function unitNamesAt(tx: SqlTx, ids: readonly string[], day: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; name: string }>>(
    `SELECT u.id, COALESCE(n.name, u.name) AS name FROM unit_replica u
     LEFT JOIN unit_replica_name n ON n.unit_id = u.id AND n.valid_from <= $2::date AND (n.valid_to IS NULL OR n.valid_to >= $2::date)
     WHERE u.id = ANY($1::text[])`,
    [...new Set(ids)],
    day,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The tree children of a unit on `day`, by id. */
export async function childIdsAt(tx: SqlTx, parentId: string, day: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ unit_id: string }>>(
    `SELECT unit_id FROM unit_replica_parent WHERE parent_id = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $2::date)`,
    parentId,
    day,
  );
  return rows.map((r) => r.unit_id);
}

/** The kinds of open work a successor takes over, as the succeeded event names them. */
export const WORK_KINDS = workKindSchema.options;
export type WorkKind = (typeof WORK_KINDS)[number];

/** One line of a service's succession preview (Unit.<service>WorkToMove): what its reaction would move, and how many. */
export interface MovableWork {
  what: string;
  count: number;
}

/**
 * Who holds each of `unitIds`' work of each of `kinds` on `day`: successions in effect by then are followed
 * through later decisions (a ward merged in 2025 whose successor was split in 2027); `moved` is false where the
 * unit was not succeeded and holds its own. One recursive query for all of them.
 */
async function holders(tx: SqlTx, unitIds: readonly string[], kinds: readonly WorkKind[], day: string) {
  return tx.$queryRawUnsafe<Array<{ start_id: string; unit_id: string; kind: WorkKind; moved: boolean }>>(
    `WITH RECURSIVE held(start_id, unit_id, kind, depth) AS (
       SELECT s, s, k, 0 FROM unnest($1::text[]) AS s CROSS JOIN unnest($2::text[]) AS k
       UNION ALL
       SELECT h.start_id, x.successor_id, h.kind, h.depth + 1 FROM held h
       JOIN unit_replica_succession x ON x.predecessor_id = h.unit_id AND h.kind = ANY(x.work_kinds) AND x.effective_from <= $3::date
       WHERE h.depth < 50
     )
     SELECT DISTINCT h.start_id, h.unit_id, h.kind, h.depth > 0 AS moved FROM held h
     WHERE NOT EXISTS (
       SELECT 1 FROM unit_replica_succession x
       WHERE x.predecessor_id = h.unit_id AND h.kind = ANY(x.work_kinds) AND x.effective_from <= $3::date
     )`,
    [...new Set(unitIds)],
    kinds,
    day,
  );
}

/** The units that hold `unitId`'s work of each kind on `day` (itself, where it was not succeeded). */
export async function currentSuccessors(tx: SqlTx, unitId: string, day: string): Promise<Array<{ unitId: string; workKinds: WorkKind[] }>> {
  const byUnit = new Map<string, Set<WorkKind>>();
  for (const r of await holders(tx, [unitId], WORK_KINDS, day)) byUnit.set(r.unit_id, (byUnit.get(r.unit_id) ?? new Set()).add(r.kind));
  return [...byUnit].map(([id, kinds]) => ({ unitId: id, workKinds: WORK_KINDS.filter((k) => kinds.has(k)) }));
}

/** For each of `unitIds` that was succeeded by `day`, the unit holding its work of `kind` then; units not succeeded are left out. */
export async function successorsHolding(tx: SqlTx, unitIds: readonly string[], kind: WorkKind, day: string): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await holders(tx, unitIds, [kind], day);
  return new Map(rows.filter((r) => r.moved).map((r) => [r.start_id, r.unit_id]));
}
