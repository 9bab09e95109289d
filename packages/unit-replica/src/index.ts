/**
 * The local replica of the directory's units that every service keeps (docs/architecture.md §6: directory → all).
 * One implementation for all services: its own table (migrations source "unit-replica"), a handler per
 * directory.unit.* event, and read helpers. Each event carries the unit's full current state, so
 * applying one is a plain upsert.
 */
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "@tthc/db";
import type { EventOf, UnitState } from "@tthc/events";
import type { SqlTx } from "@tthc/messaging";

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
  await tx.$executeRawUnsafe(
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
}

/** Handlers to merge into a service's consumer. */
export const unitReplicaHandlers = {
  "directory.unit.created": applyUnitEvent,
  "directory.unit.updated": applyUnitEvent,
  "directory.unit.moved": applyUnitEvent,
  "directory.unit.closed": applyUnitEvent,
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
