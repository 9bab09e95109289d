import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "@tthc/db";
import { parseEvent, type EventEnvelope } from "@tthc/events";
import { messagingMigrations } from "@tthc/messaging";
import { ACTOR_HEADER, standInGateway, parseEnv, type Actor, type FastifyInstance } from "@tthc/service-kit";
import { gqlClient, kafkaBrokers, recreateDatabase, serviceTestEnv, testDatabaseUrl, testUser } from "@tthc/test-kit";
import { buildApp } from "../src/app.ts";
import { createDb, migrations, type Db, type Tx } from "../src/db/client.ts";
import { envSchema } from "../src/env.ts";
import { consumer } from "../src/events/handlers.ts";

// This suite stands in for the gateway: it signs with the private half, the app holds the public one.
const gateway = standInGateway("reporting");
export const signAs = gateway.sign;

const user = (id: string, unitId: string | null, role: "CITY_ADMIN" | "UNIT_OFFICER" | "LEADER" | "INSPECTOR"): Actor =>
  testUser(id, id, unitId, [role]);

export const ACTORS = {
  admin: user("u-admin", "unit-vp", "CITY_ADMIN"),
  leader: user("u-leader", "unit-vp", "LEADER"),
  inspector: user("u-inspector", "unit-ttra", "INSPECTOR"),
  ward: user("u-le-loi", "unit-le-loi", "UNIT_OFFICER"),
  anonymous: { kind: "anonymous" } as Actor,
  /** A partner one-stop system allowed to send dossier steps, and one that may only read reports. */
  onestop: { kind: "partner", partnerId: "p-onestop", name: "Một cửa tỉnh", scopes: ["dossiers:write"] } as Actor,
  reader: { kind: "partner", partnerId: "p-reader", name: "Đối tác đọc", scopes: ["reports:read"] } as Actor,
};

export interface Harness {
  databaseUrl: string;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A fresh reporting database (tthc_test_reporting_<suite>) and the app on it, its clock fixed at `now`. */
export async function startHarness(suite: string, now: Date): Promise<Harness> {
  const databaseUrl = testDatabaseUrl(`reporting_${suite}`);
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  // Each suite's generated files in a folder of its own under TMPDIR.
  const filesDir = await mkdtemp(join(tmpdir(), "reporting-files-"));
  const env = parseEnv(envSchema, {
    ...serviceTestEnv(databaseUrl, gateway.publicKey, kafkaBrokers()),
    REPORTING_FILES_DIR: filesDir,
  });
  const db = createDb(databaseUrl);
  const app = buildApp(env, db, { now: () => now });
  await app.ready();
  return {
    databaseUrl,
    db,
    app,
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}

/** Apply events as the consumer does: each through its handler, in a transaction of its own. */
export async function applyEvents(db: Db, events: EventEnvelope[]): Promise<void> {
  for (const event of events) {
    const handler = consumer.handlers[event.type] as ((event: EventEnvelope, tx: Tx) => Promise<void>) | undefined;
    if (handler) await db.$transaction((tx) => handler(event, tx));
  }
}

/** The events the service's own commands enqueued (what the relay would publish), oldest first. */
export async function outboxEvents(db: Db, type?: string): Promise<EventEnvelope[]> {
  const rows = await db.$queryRaw<Array<{ payload: unknown }>>`SELECT payload FROM "outbox" ORDER BY "seq"`;
  return rows.map((r) => parseEvent(r.payload)).filter((e) => type === undefined || e.type === type);
}

/** Call the subgraph the way the gateway does: through HTTP with a signed actor. */
export const { gql, actorHeaders } = gqlClient<Actor>(ACTOR_HEADER, signAs);
export type { GqlResult } from "@tthc/test-kit";
