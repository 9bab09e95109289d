import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import { messagingMigrations } from "@tthc/messaging";
import { gqlClient, kafkaBrokers, recreateDatabase, serviceTestEnv, testDatabaseUrl, testUser, type GqlResult } from "@tthc/test-kit";
import { ACTOR_HEADER, standInGateway, parseEnv, type Actor, type FastifyInstance, type Role } from "@tthc/service-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { buildApp } from "../src/app.ts";
import { createDb, migrations, type Db } from "../src/db/client.ts";
import { envSchema, type PlanningEnv } from "../src/env.ts";
import { FIXTURE_UNITS, UNIT } from "./fixtures/units.ts";

// This suite stands in for the gateway: it signs with the private half, the app holds the public one.
const gateway = standInGateway("planning");
export const signAs = gateway.sign;
export const SEED_TEXT = readFileSync(new URL("./fixtures/seed-2024.txt", import.meta.url), "utf8");

export interface Harness {
  env: PlanningEnv;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A fresh database of this suite's own (replica filled from directory.unit.created events) and the planning app over it. */
export async function startHarness(suite: string, options: { uploadMaxBytes?: number; now?: () => Date } = {}): Promise<Harness> {
  const databaseUrl = testDatabaseUrl(`planning_${suite}`);
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const filesDir = await mkdtemp(join(tmpdir(), "planning-files-"));
  const env = parseEnv(envSchema, {
    ...serviceTestEnv(databaseUrl, gateway.publicKey, kafkaBrokers()),
    PLANNING_FILES_DIR: filesDir,
    PLANNING_UPLOAD_MAX_BYTES: String(options.uploadMaxBytes ?? 1024 * 1024),
  });
  const db = createDb(databaseUrl);
  await db.$transaction(async (tx) => {
    for (const unit of FIXTURE_UNITS)
      await applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: unit.id, data: { unit } }), tx);
  });
  const app = buildApp(env, db, options.now ? { now: options.now } : {});
  await app.ready();
  return {
    env,
    db,
    app,
    async close() {
      await app.close();
      await db.$disconnect();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

function user(username: string, unitId: string, ...roles: Role[]): Actor {
  return testUser(`user-${username}`, username, unitId, roles);
}

export const ACTORS = {
  admin: user("admin", UNIT.vanPhong, "CITY_ADMIN"),
  leader: user("lanhdao", UNIT.city, "LEADER"),
  leLoi: user("phuong.leloi", UNIT.leLoi, "UNIT_OFFICER"),
  minhKhai: user("phuong.minhkhai", UNIT.minhKhai, "UNIT_OFFICER"),
  tuPhap: user("phong.tuphap", UNIT.tuPhap, "UNIT_OFFICER"),
};

/** Call the subgraph the way the gateway does: through HTTP with a signed actor. */
export const { gql, actorHeaders } = gqlClient<Actor>(ACTOR_HEADER, signAs);
export { outboxEvents, type GqlResult } from "@tthc/test-kit";

export function errorOf(result: GqlResult<unknown>): { code?: string; message?: string; field?: string } {
  const first = result.errors?.[0];
  return { code: first?.extensions?.code, message: first?.message, field: first?.extensions?.field };
}

/** The two seed names the rules cannot place, mapped the way the office would. */
export const SEED_MAPPINGS = [
  { name: "Văn phòng HĐND - UBND thành phố được giao nhiệm vụ phối hợp rà soát", unitId: UNIT.vanPhong },
  { name: "phòng Văn hóa Thông tin thành phố", unitId: UNIT.vanHoa },
];

export const IMPORT = `mutation($input: PlanDocumentInput!) { importPlan(input: $input) { id status year title taskCount } }`;
export const ISSUE = `mutation($id: ID!) { issuePlan(id: $id) { id status } }`;

/** Import the seed plan (and issue it) as the admin; returns the plan id. */
export async function importSeed(app: FastifyInstance, { issue = true } = {}): Promise<string> {
  const imported = await gql<{ importPlan: { id: string } }>(
    app,
    IMPORT,
    { input: { text: SEED_TEXT, mappings: SEED_MAPPINGS } },
    ACTORS.admin,
  );
  if (!imported.data) throw new Error(`import failed: ${JSON.stringify(imported.errors)}`);
  const id = imported.data.importPlan.id;
  if (issue) {
    const issued = await gql(app, ISSUE, { id }, ACTORS.admin);
    if (issued.errors) throw new Error(`issue failed: ${JSON.stringify(issued.errors)}`);
  }
  return id;
}
