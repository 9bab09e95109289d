import { randomUUID } from "node:crypto";
import { createKafka, ensureTopics, startOutboxRelay } from "@tthc/messaging";
import { gqlClient, kafkaBrokers, recreateDatabase, serviceTestEnv, testDatabaseUrl } from "@tthc/test-kit";
import { ACTOR_HEADER, standInGateway, clock, parseEnv, type Actor, type FastifyInstance, type Role } from "@tthc/service-kit";
import { authConfig, buildApp } from "../src/app.ts";
import type { AuthConfig } from "../src/use-cases/sessions.ts";
import { createDb, prepareDatabase, type Db } from "../src/db/client.ts";
import { envSchema, type DirectoryEnv } from "../src/env.ts";
import { seed } from "../src/seed.ts";

// This suite stands in for the gateway: it signs with the private half, the app holds the public one.
const gateway = standInGateway("directory");
export const signAs = gateway.sign;

export interface Harness {
  env: DirectoryEnv;
  db: Db;
  app: FastifyInstance;
  auth: AuthConfig;
  /** Move the clock the auth flows see (lockouts, expiries). */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A fresh, seeded database of this suite's own and the directory app over it, with a steppable clock. */
export async function startHarness(suite: string): Promise<Harness> {
  const databaseUrl = testDatabaseUrl(`directory_${suite}`);
  await recreateDatabase(databaseUrl);
  await prepareDatabase(databaseUrl);
  const env = parseEnv(envSchema, {
    ...serviceTestEnv(databaseUrl, gateway.publicKey, kafkaBrokers()),
    JWT_SECRET: "directory-test-jwt-secret-0123456789abcdef",
  });
  const db = createDb(databaseUrl);
  await seed(db);
  let offset = 0;
  const auth = { ...authConfig(env), now: () => new Date(clock().getTime() + offset) };
  const app = buildApp(env, db, auth);
  await app.ready();
  return {
    env,
    db,
    app,
    auth,
    advance: (ms) => void (offset += ms),
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}

/** The actor the gateway would forward for a demo user. */
export async function userActor(db: Db, username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return {
    kind: "user",
    userId: user.id,
    username,
    unitId: user.unitId,
    roles: user.roles as Role[],
    sessionId: "00000000-0000-0000-0000-000000000000",
  };
}

export const gatewayActor: Actor = { kind: "service", service: "gateway" };

/** Call the subgraph the way the gateway does: through HTTP with a signed actor. */
// Sign-in, refresh and sign-out are called by anonymous users, whom the gateway signs as such.
export const { gql, actorHeaders } = gqlClient<Actor>(ACTOR_HEADER, signAs, { kind: "anonymous" });
export { errorCode, outboxRows, type GqlResult } from "@tthc/test-kit";

export async function unitId(db: Db, code: string): Promise<string> {
  return (await db.unit.findUniqueOrThrow({ where: { code } })).id;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The directory's relay publishing to topics of this test's own (a random prefix on the shared broker),
 * and a reader collecting what reaches the units topic: how a test sees the events as consumers will.
 */
export async function relayUnitEvents<E = { id: string; type: string; subject: string }>(h: Harness, name: string) {
  const prefix = `test-directory-${name}-${randomUUID().slice(0, 8)}.`;
  const topic = `${prefix}directory.unit.v1`;
  await ensureTopics(kafkaBrokers(), [topic]);
  const received: E[] = [];
  const consumer = createKafka({ brokers: kafkaBrokers(), clientId: `directory-${name}-test`, log: silent }).consumer({
    groupId: `${prefix}reader`,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(message.value!.toString()) as E) });
  const relay = startOutboxRelay({
    databaseUrl: h.env.DATABASE_URL,
    brokers: kafkaBrokers(),
    service: "directory",
    log: silent,
    topicPrefix: prefix,
    pollIntervalMs: 200,
  });
  return {
    received,
    async stop() {
      await relay.stop();
      await consumer.disconnect();
    },
  };
}
