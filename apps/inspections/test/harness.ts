import { PrismaPg } from "@prisma/adapter-pg";
import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import { messagingMigrations } from "@tthc/messaging";
import { ACTOR_HEADER, parseEnv, standInGateway, type Actor, type FastifyInstance, type Role } from "@tthc/service-kit";
import { gqlClient, kafkaBrokers, recreateDatabase, serviceTestEnv, testDatabaseUrl, testUser, type GqlResult } from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { buildApp } from "../src/app.ts";
import { createDb, migrations, type Db } from "../src/db/client.ts";
import { PrismaClient } from "../src/db/generated/client.ts";
import { envSchema, type InspectionsEnv } from "../src/env.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// This suite stands in for the gateway: it signs with the private half, the app holds the public one.
const gateway = standInGateway("inspections");

/** The test command's instant (DEFAULT_TEST_CLOCK): Monday 16/03/2026, 10:00 in Vietnam. */
export const TEST_NOW = new Date("2026-03-16T10:00:00+07:00");

export const UNIT = {
  city: "00000000-0000-4000-8000-000000000001",
  vanPhong: "00000000-0000-4000-8000-000000000010",
  tuPhap: "00000000-0000-4000-8000-000000000012",
  leLoi: "00000000-0000-4000-8000-000000000020",
  minhKhai: "00000000-0000-4000-8000-000000000021",
} as const;

const UNITS = [
  { id: UNIT.city, code: "hy.tp", name: "UBND thành phố Hưng Yên", levelCode: "district", parentId: null },
  { id: UNIT.vanPhong, code: "hy.tp.van-phong", name: "Văn phòng HĐND-UBND thành phố", levelCode: "department", parentId: UNIT.city },
  { id: UNIT.tuPhap, code: "hy.tp.tu-phap", name: "Phòng Tư pháp", levelCode: "department", parentId: UNIT.city },
  { id: UNIT.leLoi, code: "hy.tp.p.le-loi", name: "UBND phường Lê Lợi", levelCode: "commune", parentId: UNIT.city },
  { id: UNIT.minhKhai, code: "hy.tp.p.minh-khai", name: "UBND phường Minh Khai", levelCode: "commune", parentId: UNIT.city },
].map((u) => ({ shortName: null, validFrom: "2024-01-01", validTo: null, ...u }));

const user = (id: string, unitId: string, ...roles: Role[]): Actor => testUser(id, id, unitId, roles);

export const ACTORS = {
  admin: user("u-admin", UNIT.vanPhong, "CITY_ADMIN"),
  leader: user("u-leader", UNIT.city, "LEADER"),
  inspector: user("u-inspector", UNIT.vanPhong, "INSPECTOR"),
  /** An inspector who is on no team. */
  otherInspector: user("u-inspector-2", UNIT.vanPhong, "INSPECTOR"),
  leLoi: user("u-le-loi", UNIT.leLoi, "UNIT_OFFICER"),
  minhKhai: user("u-minh-khai", UNIT.minhKhai, "UNIT_OFFICER"),
  partner: { kind: "partner", partnerId: "p-1", name: "Hệ thống một cửa", scopes: ["read"] } as Actor,
};

export interface Harness {
  env: InspectionsEnv;
  db: Db;
  app: FastifyInstance;
  setNow(at: Date): void;
  close(): Promise<void>;
}

/** A fresh database of this suite's own (replica filled from directory.unit.created events) and the app over it, on a fixed clock. */
export async function startHarness(suite: string): Promise<Harness> {
  const databaseUrl = testDatabaseUrl(`inspections_${suite}`);
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const filesDir = await mkdtemp(join(tmpdir(), "inspections-files-"));
  const env = parseEnv(envSchema, {
    ...serviceTestEnv(databaseUrl, gateway.publicKey, kafkaBrokers()),
    INSPECTIONS_FILES_DIR: filesDir,
    INSPECTIONS_UPLOAD_MAX_BYTES: String(1024 * 1024),
  });
  const db = createDb(databaseUrl);
  await db.$transaction(async (tx) => {
    for (const unit of UNITS)
      await applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: unit.id, data: { unit } }), tx);
  });
  let now = TEST_NOW;
  const app = buildApp(env, db, { now: () => now });
  await app.ready();
  return {
    env,
    db,
    app,
    setNow: (at) => {
      now = at;
    },
    async close() {
      await app.close();
      await db.$disconnect();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/** Call the subgraph the way the gateway does: through HTTP with a signed actor. */
export const { gql, actorHeaders } = gqlClient<Actor>(ACTOR_HEADER, gateway.sign);
export { outboxEvents, type GqlResult } from "@tthc/test-kit";

export function errorOf(result: GqlResult<unknown>): { code?: string; message?: string; reason?: string } {
  const first = result.errors?.[0];
  return { code: first?.extensions?.code, message: first?.message, reason: first?.extensions?.reason };
}

/** The data of a call that must succeed. */
export function ok<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const CREATE_PLAN = `mutation($input: InspectionPlanInput!) { createInspectionPlan(input: $input) { id status year items { unitId unitName periodKind period type focus } } }`;
export const APPROVE_PLAN = `mutation($id: ID!) { approveInspectionPlan(id: $id) { id status approvedAt } }`;

/** The 2026 plan of two units: Lê Lợi periodic in April, Minh Khai thematic in the third quarter. */
export const PLAN_2026 = {
  year: 2026,
  title: "Kế hoạch kiểm tra công tác kiểm soát TTHC năm 2026",
  items: [
    { unitId: UNIT.leLoi, periodKind: "MONTH", period: 4, type: "PERIODIC", focus: "Công khai TTHC và giải quyết hồ sơ đúng hạn" },
    { unitId: UNIT.minhKhai, periodKind: "QUARTER", period: 3, type: "THEMATIC", focus: "Số hóa hồ sơ, kết quả giải quyết TTHC" },
  ],
};

/** Draft and approve the 2026 plan; the ids of its inspections by unit. */
export async function approvedPlan(h: Harness): Promise<{ planId: string; inspectionOf: Record<string, string> }> {
  const planId = ok(await gql<{ createInspectionPlan: { id: string } }>(h.app, CREATE_PLAN, { input: PLAN_2026 }, ACTORS.admin))
    .createInspectionPlan.id;
  ok(await gql(h.app, APPROVE_PLAN, { id: planId }, ACTORS.leader));
  const rows = await h.db.inspection.findMany({ where: { planId } });
  return { planId, inspectionOf: Object.fromEntries(rows.map((r) => [r.unitId, r.id])) };
}

export const FORM_TEAM = `mutation($id: ID!, $input: InspectionTeamInput!) { formInspectionTeam(id: $id, input: $input) { id decisionNumber startDay endDay team { userId name role } } }`;
export const START = `mutation($id: ID!) { startInspection(id: $id) { id status selfAssessmentDue templateVersionId } }`;

/** The team of an inspection (lead: the inspector) and its visit on 20–21/04/2026. */
export const TEAM = {
  decisionNumber: "15/QĐ-UBND",
  decisionDate: "2026-03-16",
  startDay: "2026-04-20",
  endDay: "2026-04-21",
  members: [
    { userId: "u-inspector", name: "Nguyễn Văn Kiểm", role: "LEAD" },
    { userId: "u-member", name: "Trần Thị Tra", role: "MEMBER" },
  ],
};

/** Form the team and start the inspection (the default template); its checklist's criteria by code. */
export async function startedInspection(h: Harness, inspectionId: string): Promise<Record<string, string>> {
  ok(await gql(h.app, FORM_TEAM, { id: inspectionId, input: TEAM }, ACTORS.admin));
  ok(await gql(h.app, START, { id: inspectionId }, ACTORS.inspector));
  const criteria = await h.db.criterion.findMany({ where: { inspectionId } });
  return Object.fromEntries(criteria.map((c) => [c.code, c.id]));
}

/**
 * The same service over a client that counts every statement it sends to PostgreSQL, for the tests that
 * show a request's statements do not grow with the rows it reads.
 */
export async function countingApp(h: Harness): Promise<{ app: FastifyInstance; statements(): number; close(): Promise<void> }> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: h.env.DATABASE_URL }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  client.$on("query", () => statements++);
  const db = client as unknown as Db;
  const app = buildApp(h.env, db, { now: () => TEST_NOW });
  await app.ready();
  return {
    app,
    statements: () => statements,
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}
