/**
 * Demo data of the planning service (idempotent): the seed's 2024 plan imported and issued, and the
 * current year's plan made from it as a copy and issued too; in the demo profile, the year's progress
 * on both (src/seed-demo.ts). Runs after the directory's seed, once this service's unit replica has
 * received the units: `tsx src/seed.ts` with the service's env.
 */
import { readFileSync } from "node:fs";
import { clock, type Actor } from "@tthc/service-kit";
import { createDb, type Db } from "./db/client.ts";
import { directoryUnits } from "./db/directory-units.ts";
import type { LocalDate } from "@tthc/calendar";
import { unitIdsByCode } from "@tthc/unit-replica";
import { isActiveOn, normaliseUnitName, shiftYearsInText } from "./domain/index.ts";
import { loadSeedEnv } from "./env.ts";
import { DEMO_UNIT_CODES, seedPlanningDemo } from "./seed-demo.ts";
import { copyPlan } from "./use-cases/copy-plan.ts";
import { today } from "./use-cases/clock.ts";
import { importPlan } from "./use-cases/import-plan.ts";
import { issuePlan } from "./use-cases/issue-plan.ts";

export const SEED_PLAN_TEXT = readFileSync(new URL("../test/fixtures/seed-2024.txt", import.meta.url), "utf8");
const SEED_ACTOR: Actor = { kind: "service", service: "planning-seed" };
const CITY = "UBND thành phố Hưng Yên";
const CITY_AREA = "thành phố Hưng Yên";
const PROVINCE_AREA = "tỉnh Hưng Yên";

/** The two names of the seed the matching rules cannot place, as the office maps them. */
const SEED_NAME_TARGETS: Array<[string, string]> = [
  ["Văn phòng HĐND - UBND thành phố được giao nhiệm vụ phối hợp rà soát", "Văn phòng HĐND-UBND thành phố"],
  ["phòng Văn hóa Thông tin thành phố", "Phòng Văn hóa và Thông tin"],
];

async function waitForReplica(db: Db, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const city = (await directoryUnits(db)).find((u) => normaliseUnitName(u.name) === normaliseUnitName(CITY));
    if (city) return city.id;
    if (Date.now() > deadline)
      throw new Error(`the unit replica has no "${CITY}" yet: is the directory seeded and the planning consumer running?`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Who issues the seed plan's copy for `year`: the seed's issuer while it exists on the year's first day;
 * once a reorganisation has dissolved it (the demo's city, from 1/7/2025), the unit above it, the
 * province. Waits for the replica to know that unit, whose events the directory's seed published just before.
 */
async function issuerIn(db: Db, seedIssuerId: string, year: number, timeoutMs = 60_000): Promise<string> {
  const day = `${year}-01-01` as LocalDate;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const units = await directoryUnits(db);
    const issuer = units.find((u) => u.id === seedIssuerId)!;
    if (isActiveOn(issuer, day)) return issuer.id;
    const above = units.find((u) => u.id === issuer.parentId);
    if (above && isActiveOn(above, day)) return above.id;
    if (Date.now() > deadline) throw new Error(`no unit issues the seed plan's copy for ${year}: "${issuer.name}" is closed then`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The demo's post-merger units, and the closure of the city, in the replica (the directory's seed published them). */
async function waitForDemoUnits(db: Db, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = await unitIdsByCode(db, [...DEMO_UNIT_CODES.open, ...DEMO_UNIT_CODES.closed]);
    const units = new Map((await directoryUnits(db)).map((u) => [u.id, u]));
    const closed = DEMO_UNIT_CODES.closed.every((c) => units.get(ids.get(c) ?? "")?.validTo);
    if (DEMO_UNIT_CODES.open.every((c) => ids.has(c)) && closed) return;
    if (Date.now() > deadline)
      throw new Error("the unit replica has not received the demo's 2025 reorganisation: is the directory seeded?");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function seedPlanning(db: Db, { replicaTimeoutMs = 60_000 } = {}): Promise<{ seedPlanId: string; currentPlanId: string }> {
  const cityId = await waitForReplica(db, replicaTimeoutMs);
  const now = clock();
  const on = today(now);
  const ctx = { actor: SEED_ACTOR, now };
  let seedPlan = await db.plan.findFirst({ where: { year: 2024, issuingUnitId: cityId, copiedFromId: null } });
  if (!seedPlan) {
    const units = await directoryUnits(db);
    const mappings = SEED_NAME_TARGETS.flatMap(([name, target]) => {
      const unit = units.find((u) => normaliseUnitName(u.name) === normaliseUnitName(target));
      return unit ? [{ name, unitId: unit.id }] : [];
    });
    const id = await importPlan(db, { text: SEED_PLAN_TEXT, mappings });
    await issuePlan(db, id, ctx, on);
    seedPlan = await db.plan.findUniqueOrThrow({ where: { id } });
  }
  const year = Number(on.slice(0, 4));
  let current = await db.plan.findFirst({ where: { year, copiedFromId: seedPlan.id } });
  if (!current && year !== seedPlan.year) {
    const issuingUnitId = await issuerIn(db, seedPlan.issuingUnitId, year);
    // Issued by the province once the city is gone (2025 reorganisation): the title names the province's area.
    const title =
      issuingUnitId === seedPlan.issuingUnitId
        ? undefined
        : shiftYearsInText(seedPlan.title, seedPlan.year, year).replace(CITY_AREA, PROVINCE_AREA);
    const id = await copyPlan(db, seedPlan.id, year, { issuingUnitId, title });
    await issuePlan(db, id, ctx, on);
    current = await db.plan.findUniqueOrThrow({ where: { id } });
  }
  return { seedPlanId: seedPlan.id, currentPlanId: current?.id ?? seedPlan.id };
}

async function main(): Promise<void> {
  const env = loadSeedEnv();
  const db = createDb(env.DATABASE_URL);
  try {
    await waitForDemoUnits(db, 60_000);
    const { seedPlanId, currentPlanId } = await seedPlanning(db);
    console.log(`planning: demo plans ready (2024: ${seedPlanId}, current year: ${currentPlanId})`);
    if (env.STACK_PROFILE !== "demo") return;
    const demo = await seedPlanningDemo(db, [...new Set([seedPlanId, currentPlanId])], today());
    console.log(
      `planning: demo progress: ${demo.focalOfficerUnits} units' focal officers, ${demo.linkedTasks} linked tasks, reports ${JSON.stringify(demo.reported)} (the rest existed)`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error("planning seed failed:", err);
    process.exit(1);
  });
}
