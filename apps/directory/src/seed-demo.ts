/**
 * The demo's unit timeline (both stack profiles: the test stack's suites work on the merged units, as a
 * province does today): the province's office and departments beside the city of 2024, then the 2025 reorganisation of
 * docs/domain.md §10 as one decision (DEMO_REORGANISATION), drafted, scheduled and applied by the same use
 * case as the city office's (so every service receives directory.unit.succeeded and moves open work), and
 * the demo's accounts moved to the units they work in since.
 *
 * Idempotent: units are created only when missing, the decision is drafted once (found by its number)
 * and applied at most once (the use case's SCHEDULED → APPLIED claim), an account is moved only while it
 * is still in its unit of 2024.
 */
import type { Db } from "./db/client.ts";
import { parseDate } from "./domain/dates.ts";
import type { Change } from "./domain/reorganisation.ts";
import { DEMO_REORGANISATION, DEMO_SINCE, DEMO_USERS, PROVINCE_UNITS, type SeedChange } from "./seed-data.ts";
import { createMissingUnits, SEED_ACTOR, unitIdsByCode } from "./seed-units.ts";
import { applyDueDecisions, createDecision, scheduleDecision } from "./use-cases/reorganisation.ts";

export interface DirectoryDemoResult {
  createdUnits: number;
  /** The decision's number and status after this run. */
  decision: string;
  movedUsers: number;
}

/** The decision's changes with unit ids for codes (a new unit's parent too). */
function changesOf(changes: readonly SeedChange[], idByCode: ReadonlyMap<string, string>): Change[] {
  const id = (code: string) => {
    const found = idByCode.get(code);
    if (!found) throw new Error(`the demo reorganisation names unit "${code}", which the directory does not have`);
    return found;
  };
  return changes.map((c): Change => {
    if (c.kind === "DISSOLVE") return { kind: "DISSOLVE", unitId: id(c.unitCode), receiverId: id(c.receiverCode) };
    const { code, name, shortName, levelCode, parentCode } = c.into;
    return {
      kind: "MERGE",
      unitIds: c.unitCodes.map(id),
      into: { newUnit: { code, name, shortName, levelCode, parentId: parentCode ? id(parentCode) : null } },
    };
  });
}

export async function seedDirectoryDemo(db: Db, now: Date): Promise<DirectoryDemoResult> {
  const idByCode = await unitIdsByCode(db);
  const createdUnits = await createMissingUnits(db, PROVINCE_UNITS, parseDate(DEMO_SINCE), idByCode);

  const d = DEMO_REORGANISATION;
  let decision = await db.reorganisationDecision.findFirst({ where: { number: d.number } });
  if (!decision) {
    decision = await createDecision(db, null, {
      number: d.number,
      signedOn: parseDate(d.signedOn),
      effectiveFrom: parseDate(d.effectiveFrom),
      changes: changesOf(d.changes, idByCode),
    });
  }
  if (decision.status === "DRAFT") decision = await scheduleDecision(db, decision.id, now);
  // Applied now rather than by the job's next round, so the seeds after this one see the merged units.
  if (decision.status === "SCHEDULED") await applyDueDecisions(db, { actor: SEED_ACTOR, now });
  decision = await db.reorganisationDecision.findUniqueOrThrow({ where: { id: decision.id } });
  // The service's reorganisation-apply job may hold the claim at this moment: its transaction ends soon.
  for (let waited = 0; decision.status === "SCHEDULED" && waited < 30_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    decision = await db.reorganisationDecision.findUniqueOrThrow({ where: { id: decision.id } });
  }
  if (decision.status !== "APPLIED")
    throw new Error(`the demo reorganisation ${d.number} is ${decision.status}: ${decision.failure ?? "not applied"}`);

  // The accounts follow their work: each demo login moves from its unit of 2024 to its unit after the
  // decision (the city office's reassignment, done here as data).
  const ids = await unitIdsByCode(db);
  let movedUsers = 0;
  for (const user of DEMO_USERS) {
    if (!user.movesTo) continue;
    const moved = await db.user.updateMany({
      where: { username: user.username, unitId: ids.get(user.unitCode)! },
      data: { unitId: ids.get(user.movesTo)! },
    });
    movedUsers += moved.count;
  }
  return { createdUnits, decision: `${d.number} ${decision.status}`, movedUsers };
}
