import { hashPassword } from "./auth/passwords.ts";
import { createApiKey } from "./use-cases/api-keys.ts";
import { sha256 } from "./auth/secrets.ts";
import { createDb, prepareDatabase, type Db } from "./db/client.ts";
import { addGroupMember } from "./use-cases/units.ts";
import { createMissingUnits, unitIdsByCode } from "./seed-units.ts";
import { seedDirectoryDemo } from "./seed-demo.ts";
import { parseDate } from "./domain/dates.ts";
import { loadSeedEnv } from "./env.ts";
import { clock, demoUserId } from "@tthc/service-kit";
import { DEMO_PARTNER, DEMO_SINCE, DEMO_USERS, LEVELS, UNITS, demoLoginsText } from "./seed-data.ts";

export { DEMO_PARTNER, DEMO_USERS, demoLoginsText } from "./seed-data.ts";

/**
 * Load the demo data, creating only what is missing (safe to run on every start). Units go through
 * the same command as the GraphQL mutation, so each one publishes directory.unit.created. This is the
 * city of 2024, what both profiles start from; both then add the 2025 reorganisation (src/seed-demo.ts).
 */
export async function seed(db: Db): Promise<{ createdUnits: number; createdUsers: number }> {
  const since = parseDate(DEMO_SINCE);
  for (const level of LEVELS) await db.unitLevel.upsert({ where: { code: level.code }, create: level, update: {} });

  const idByCode = await unitIdsByCode(db);
  const createdUnits = await createMissingUnits(db, UNITS, since, idByCode);
  for (const unit of UNITS) {
    for (const group of unit.groups ?? []) await addGroupMember(db, idByCode.get(group)!, idByCode.get(unit.code)!, since);
  }

  let createdUsers = 0;
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { username: user.username } })) continue;
    await db.user.create({
      data: {
        // Named from the username, so other services' demo seeds can name a demo account (service-kit demo-ids.ts).
        id: demoUserId(user.username),
        username: user.username,
        fullName: user.fullName,
        roles: user.roles,
        unitId: idByCode.get(user.unitCode)!,
        passwordHash: await hashPassword(user.password),
      },
    });
    createdUsers += 1;
  }

  if (!(await db.apiKey.findUnique({ where: { keyHash: sha256(DEMO_PARTNER.key) } }))) {
    await createApiKey(db, { name: DEMO_PARTNER.name, scopes: DEMO_PARTNER.scopes, key: DEMO_PARTNER.key, createdById: null });
  }
  return { createdUnits, createdUsers };
}

async function main(): Promise<void> {
  const env = loadSeedEnv();
  await prepareDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const { createdUnits, createdUsers } = await seed(db);
    console.log(`[directory seed] ${createdUnits} units and ${createdUsers} users created (the rest existed).`);
    // Both profiles live after the 2025 reorganisation: the test stack's suites work on the merged units too.
    const demo = await seedDirectoryDemo(db, clock());
    console.log(
      `[directory seed] unit timeline: ${demo.createdUnits} provincial units created, decision ${demo.decision}, ${demo.movedUsers} accounts moved`,
    );
    console.log(demoLoginsText());
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error("[directory seed] failed:", err);
    process.exit(1);
  });
}
