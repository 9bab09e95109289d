/**
 * A reorganisation (sắp xếp đơn vị) closed a unit: its open PAKN follow the successor that holds
 * COMPLAINTS (issue 14 item 3). The preview counts with the same predicate the move uses, so what the
 * city office sees before applying a decision is what moves.
 *
 * - Open = OPEN of the lifecycle (not yet answered, returned, merged or closed). Answered and closed PAKN
 *   stay with the old unit: they are history, as the unit was when it handled them.
 * - The legal clock (the due dates) is untouched: a reorganisation does not give anyone more time.
 * - A PAKN about the old unit's officials (concernedUnitId) names the successor as concerned unit: the
 *   officials now sit in the successor, so the sender stays hidden from it (Decree 61/2018 Art 27.3;
 *   access.ts reads concernedUnitId).
 * - Every moved PAKN gets an audit entry naming the decision. A second delivery finds nothing open in
 *   the old unit's inbox and writes nothing (the consumer's processed_event skips it before that).
 */
import type { EventOf } from "@tthc/events";
import { unitNames, type MovableWork } from "@tthc/unit-replica";
import { OPEN } from "../domain/lifecycle-policy.ts";
import type { Tx } from "../db/client.ts";

/** The audit action of a PAKN moved by a reorganisation decision. */
export const SUCCESSION_ACTION = "reorganisationMove";

/** What a preview shows for the work this service would move from a unit. */
const OPEN_STATUSES = [...OPEN];

/**
 * The predicate of the move, for the unit `unit` (an SQL expression) with the open statuses as $2: the
 * preview counts with it and the move selects with it.
 */
const movable = (unit: string) => `c.status = ANY($2::text[]) AND (${unit} = ANY(c."unitIds") OR c."concernedUnitId" = ${unit})`;

/**
 * Open PAKN a reorganisation moves from each of `unitIds` now: in the unit's inbox (it is among the handling
 * units), or about its officials. One query for all the units.
 */
export async function complaintsWorkToMove(tx: Tx, unitIds: readonly string[]): Promise<Map<string, MovableWork[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ unit_id: string; in_inbox: number; concerned: number }>>(
    `SELECT u.id AS unit_id,
       count(c.id) FILTER (WHERE u.id = ANY(c."unitIds"))::int AS in_inbox,
       count(c.id) FILTER (WHERE c."concernedUnitId" = u.id)::int AS concerned
     FROM unnest($1::text[]) AS u(id)
     LEFT JOIN "Complaint" c ON ${movable("u.id")}
     GROUP BY u.id`,
    [...new Set(unitIds)],
    OPEN_STATUSES,
  );
  return new Map(
    rows.map((r) => [
      r.unit_id,
      [
        { what: "Phản ánh, kiến nghị đang xử lý", count: r.in_inbox },
        { what: "Phản ánh, kiến nghị về cán bộ của đơn vị (ẩn người gửi)", count: r.concerned },
      ],
    ]),
  );
}

/** The reaction to directory.unit.succeeded, in the consumer's transaction (after the replica recorded the succession). */
export async function moveComplaintsToSuccessor(event: EventOf<"directory.unit.succeeded">, tx: Tx): Promise<void> {
  const { predecessorId: from, successors, decision } = event.data;
  const to = successors.find((s) => s.workKinds.includes("COMPLAINTS"))?.unitId;
  if (!to || to === from) return;
  const at = new Date(event.time);
  const names = await unitNames(tx, [from, to]);
  const [y, m, d] = decision.signedOn.split("-");
  const reason =
    `Sắp xếp đơn vị theo Quyết định số ${decision.number} ngày ${d}/${m}/${y}: ` +
    `chuyển từ ${names.get(from) ?? from} sang ${names.get(to) ?? to}; thời hạn giải quyết không đổi.`;

  // The PAKN to move, locked so a command running at the same time waits for the move (its version check
  // then fails cleanly instead of writing over the new units).
  const moved = await tx.$queryRawUnsafe<Array<{ id: string; status: string }>>(
    `SELECT c.id, c.status FROM "Complaint" c WHERE ${movable("$1")} ORDER BY c.id FOR UPDATE`,
    from,
    OPEN_STATUSES,
  );
  if (moved.length === 0) return;
  const ids = moved.map((c) => c.id);

  // The old unit's transfer ends; the successor gets one with the same role and limit, unless it already
  // handles the PAKN (then it takes the lead if the old unit had it).
  await tx.$executeRawUnsafe(
    `UPDATE "Transfer" b SET lead = true
     FROM "Transfer" a
     WHERE a."complaintId" = ANY($1::uuid[]) AND a."unitId" = $2 AND a.active AND a.lead
       AND b."complaintId" = a."complaintId" AND b."unitId" = $3 AND b.active`,
    ids,
    from,
    to,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "Transfer" (id, "complaintId", "unitId", lead, "transferredAt", "transferredBy", "dueDay", active)
     SELECT gen_random_uuid(), a."complaintId", $3, a.lead, $4::timestamptz, $5, a."dueDay", true
     FROM "Transfer" a
     WHERE a."complaintId" = ANY($1::uuid[]) AND a."unitId" = $2 AND a.active
       AND NOT EXISTS (SELECT 1 FROM "Transfer" b WHERE b."complaintId" = a."complaintId" AND b."unitId" = $3 AND b.active)`,
    ids,
    from,
    to,
    at,
    `decision:${decision.id}`,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "Transfer" SET active = false WHERE "complaintId" = ANY($1::uuid[]) AND "unitId" = $2 AND active`,
    ids,
    from,
  );
  // unitIds keeps the lead first, as stateColumns writes it; the successor appears once.
  await tx.$executeRawUnsafe(
    `UPDATE "Complaint" c SET
       "unitIds" = COALESCE((SELECT array_agg(t."unitId" ORDER BY t.lead DESC, t."transferredAt", t."unitId")
                             FROM "Transfer" t WHERE t."complaintId" = c.id AND t.active), '{}'),
       "leadUnitId" = CASE WHEN c."leadUnitId" = $2 THEN $3 ELSE c."leadUnitId" END,
       "concernedUnitId" = CASE WHEN c."concernedUnitId" = $2 THEN $3 ELSE c."concernedUnitId" END,
       version = c.version + 1,
       "updatedAt" = $4::timestamptz
     WHERE c.id = ANY($1::uuid[])`,
    ids,
    from,
    to,
    at,
  );
  await tx.auditEntry.createMany({
    data: moved.map((c) => ({
      complaintId: c.id,
      at,
      actorId: `decision:${decision.id}`,
      actorKind: "service",
      action: SUCCESSION_ACTION,
      reason,
      fromStatus: c.status,
      toStatus: c.status,
    })),
  });
}
