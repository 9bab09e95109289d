import { clock, type Actor } from "@tthc/service-kit";
import { hashPassword } from "./auth/passwords.ts";
import { createApiKey } from "./use-cases/api-keys.ts";
import { sha256 } from "./auth/secrets.ts";
import { createDb, prepareDatabase, type Db } from "./db/client.ts";
import { addGroupMember, createUnit } from "./use-cases/units.ts";
import { parseDate } from "./domain/dates.ts";
import { loadSeedEnv } from "./env.ts";
import { DEMO_PARTNER, DEMO_SINCE, DEMO_USERS, LEVELS, UNITS, demoLoginsText } from "./seed-data.ts";

export { DEMO_PARTNER, DEMO_USERS, demoLoginsText } from "./seed-data.ts";

const SEED_ACTOR: Actor = { kind: "service", service: "directory-seed" };

/**
 * Load the demo data, creating only what is missing (safe to run on every start). Units go through
 * the same command as the GraphQL mutation, so each one publishes directory.unit.created.
 */
export async function seed(db: Db): Promise<{ createdUnits: number; createdUsers: number }> {
  const since = parseDate(DEMO_SINCE);
  for (const level of LEVELS) await db.unitLevel.upsert({ where: { code: level.code }, create: level, update: {} });

  const idByCode = new Map((await db.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  let createdUnits = 0;
  for (const unit of UNITS) {
    if (idByCode.has(unit.code)) continue;
    const created = await createUnit(
      db,
      { actor: SEED_ACTOR, now: clock() },
      {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        levelCode: unit.levelCode,
        parentId: unit.parentCode ? idByCode.get(unit.parentCode) : null,
        validFrom: since,
      },
    );
    idByCode.set(unit.code, created.id);
    createdUnits += 1;
  }
  for (const unit of UNITS) {
    for (const group of unit.groups ?? []) await addGroupMember(db, idByCode.get(group)!, idByCode.get(unit.code)!, since);
  }

  let createdUsers = 0;
  for (const user of DEMO_USERS) {
    if (await db.user.findUnique({ where: { username: user.username } })) continue;
    await db.user.create({
      data: {
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
