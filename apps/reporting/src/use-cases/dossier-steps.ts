/**
 * Dossier steps from the one-stop systems the city does not own (issue 12 item 2): a partner's batch through
 * the gateway (`dossiers:write`) and the city office's file import both end here. A step is checked
 * (domain/dossiers.ts), given a stable id derived from what it is (dossier, step, instant), and enqueued as
 * `reporting.dossier.recorded` only if that id is new, so sending or importing it again changes nothing; the
 * consumer then projects it into the daily facts (events/facts.ts), idempotent per dossier as well.
 */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { createEvent, type EventOf } from "@tthc/events";
import { enqueue } from "@tthc/messaging";
import { actorRef, badInput, requireScope, type Actor } from "@tthc/service-kit";
import { v5 as uuidv5 } from "uuid";
import type { Db, Tx } from "../db/client.ts";
import { checkDossierStep, stepKey, type DossierCodeFormat, type DossierStepFact, type DossierStepInput } from "../domain/dossiers.ts";

/** Fixed namespace of the dossier steps' name-based (v5) ids: changing it would re-key every step. */
const STEP_ID_NAMESPACE = "3f0c2f8e-6f5b-4d8a-9c1e-2b7d4a6e9f10";

/** The most steps one partner call may carry (the gateway's body and cost limits bound it too). */
export const MAX_STEPS_PER_BATCH = 500;

/** What a step needs to be checked: the configured code formats and the unit codes it names. */
export interface StepReference {
  formats: DossierCodeFormat[];
  unitIdOf: (code: string) => string | null;
}

/** The active code formats and the units named by `unitCodes` (one query each, whatever the batch size). */
export async function loadStepReference(tx: Tx | Db, unitCodes: readonly string[]): Promise<StepReference> {
  const formats = await tx.dossierCodeFormat.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
  const codes = [...new Set(unitCodes.map((c) => c.trim()).filter(Boolean))];
  // A code reused by a successor unit: the open one wins.
  const rows = await tx.$queryRaw<Array<{ id: string; code: string }>>`
    SELECT DISTINCT ON (code) id, code FROM unit_replica WHERE code = ANY(${codes}::text[])
    ORDER BY code, valid_to DESC NULLS FIRST`;
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return { formats, unitIdOf: (code) => byCode.get(code) ?? null };
}

export const stepId = (fact: DossierStepFact): string => uuidv5(stepKey(fact), STEP_ID_NAMESPACE);

export type StepOrigin = { origin: "partner"; actor: Actor } | { origin: "import"; actor: Actor; importId: string };

/** Enqueue the steps not seen before; returns how many were new and how many already known. */
export async function acceptSteps(tx: Tx, facts: readonly DossierStepFact[], from: StepOrigin, now: Date) {
  if (facts.length === 0) return { recorded: 0, duplicates: 0 };
  const ids = facts.map(stepId);
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "DossierStepKey" ("id", "dossierCode", "step", "recordedAt")
    SELECT k.id, k.code, k.step, ${now} FROM unnest(${ids}::uuid[], ${facts.map((f) => f.data.dossierCode)}::text[], ${facts.map((f) => f.data.step)}::text[]) AS k(id, code, step)
    ON CONFLICT ("id") DO NOTHING
    RETURNING "id"`;
  const fresh = new Set(inserted.map((r) => r.id));
  const events: EventOf<"reporting.dossier.recorded">[] = [];
  facts.forEach((fact, i) => {
    const id = ids[i]!;
    if (!fresh.delete(id)) return; // known, or a repeat inside this batch
    const data =
      from.origin === "import" ? { ...fact.data, origin: from.origin, importId: from.importId } : { ...fact.data, origin: from.origin };
    const event = createEvent("reporting.dossier.recorded", {
      source: "reporting",
      subject: fact.data.dossierCode,
      time: fact.occurredAt,
      actor: actorRef(from.actor),
      data,
    });
    events.push({ ...event, id, correlationId: id });
  });
  await enqueue(tx, ...events);
  return { recorded: events.length, duplicates: facts.length - events.length };
}

export interface StepError {
  index: number;
  field: string;
  message: string;
}

/**
 * A partner's batch: every step is checked first; if any is wrong nothing is recorded and each wrong step is
 * listed (by its index in the batch) with its field and a Vietnamese message, so the partner fixes and resends
 * the whole batch, which is safe since known steps are skipped.
 */
export async function recordPartnerSteps(db: Db, actor: Actor, steps: readonly DossierStepInput[], now: Date) {
  requireScope(actor, "dossiers:write");
  if (steps.length === 0) throw badInput("Lô gửi không có bước hồ sơ nào.", "steps");
  if (steps.length > MAX_STEPS_PER_BATCH) throw badInput(`Mỗi lần gửi tối đa ${MAX_STEPS_PER_BATCH} bước hồ sơ.`, "steps");
  const today: LocalDate = toLocalDate(now);
  return db.$transaction(async (tx) => {
    const reference = await loadStepReference(
      tx,
      steps.map((s) => s.unitCode),
    );
    const errors: StepError[] = [];
    const facts: DossierStepFact[] = [];
    steps.forEach((input, index) => {
      const check = checkDossierStep(input, reference.formats, reference.unitIdOf, today);
      if (check.ok) facts.push(check.fact);
      else errors.push({ index, field: check.field, message: check.message });
    });
    if (errors.length > 0) return { recorded: 0, duplicates: 0, errors };
    return { ...(await acceptSteps(tx, facts, { origin: "partner", actor }, now)), errors };
  });
}
