/**
 * The drill-down's projected dossier steps (DossierStep): replaced per dossier with its facts, in the consumer's
 * transaction, and listed a page at a time for a unit, a window and an outcome.
 */
import { fromDbDate, type LocalDate } from "@tthc/calendar";
import type { DossierStepRow } from "../domain/facts/dossier.ts";
import { Prisma } from "./generated/client.ts";
import type { Tx } from "./client.ts";

/** Make `rows` the steps of the dossiers `codes` (two statements for a whole consumer chunk). */
export async function replaceDossierSteps(tx: Tx, codes: readonly string[], rows: readonly DossierStepRow[]): Promise<void> {
  if (codes.length === 0) return;
  await tx.$executeRaw`DELETE FROM "DossierStep" WHERE "dossierCode" = ANY(${[...codes]}::text[])`;
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "DossierStep" ("id", "dossierCode", "step", "unitId", "day", "resolvedAs")
    SELECT * FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.dossierCode)}::text[], ${rows.map((r) => r.step)}::text[],
                         ${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.resolvedAs)}::text[])`;
}

export interface ListedDossierStep {
  id: string;
  dossierCode: string;
  step: string;
  day: LocalDate;
  /** early | on-time | late */
  timeliness: string;
}

/** A unit's counted resolutions of `resolvedAs` between `from` and `to`, newest first, with how many there are. */
export async function listResolvedSteps(
  tx: Tx,
  args: { unitId: string; from: LocalDate; to: LocalDate; resolvedAs: readonly string[]; first: number; offset: number },
): Promise<{ total: number; items: ListedDossierStep[] }> {
  const where = Prisma.sql`"unitId" = ${args.unitId} AND "day" BETWEEN ${args.from}::date AND ${args.to}::date
    AND "resolvedAs" = ANY(${[...args.resolvedAs]}::text[])`;
  const rows = await tx.$queryRaw<Array<{ id: string; dossierCode: string; step: string; day: Date; timeliness: string }>>`
    SELECT "id"::text, "dossierCode", "step", "day", "resolvedAs" AS "timeliness" FROM "DossierStep" WHERE ${where}
    ORDER BY "day" DESC, "dossierCode", "id" LIMIT ${args.first} OFFSET ${args.offset}`;
  const [count] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM "DossierStep" WHERE ${where}`;
  return { total: Number(count?.n ?? 0), items: rows.map(({ day, ...r }) => ({ ...r, day: fromDbDate(day) })) };
}
