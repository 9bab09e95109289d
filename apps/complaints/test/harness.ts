import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "@tthc/db";
import { createEvent } from "@tthc/events";
import { messagingMigrations } from "@tthc/messaging";
import { ACTOR_HEADER, standInGateway, clock, parseEnv, type Actor, type FastifyInstance } from "@tthc/service-kit";
import {
  gqlClient,
  kafkaBrokers,
  outboxRows,
  recreateDatabase,
  serviceTestEnv,
  testDatabaseUrl,
  testUser,
  type GqlResult,
  type InjectableApp,
} from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { buildApp } from "../src/app.ts";
import { createDb, migrations, type Db } from "../src/db/client.ts";
import { solveProofOfWork } from "../src/security/proof-of-work.ts";
import { envSchema, type ComplaintsEnv } from "../src/env.ts";
import type { AnswerMailer } from "../src/use-cases/answer-mail.ts";

// This suite stands in for the gateway: it signs with the private half, the app holds the public one.
const gateway = standInGateway("complaints");
export const signAs = gateway.sign;

/** Units of the demo directory the tests transfer to (ids as the directory would give them). */
export const UNITS = {
  office: { id: "unit-vp", code: "hy.tp.van-phong", name: "Văn phòng HĐND và UBND thành phố" },
  leLoi: { id: "unit-le-loi", code: "hy.tp.p.le-loi", name: "UBND phường Lê Lợi" },
  minhKhai: { id: "unit-minh-khai", code: "hy.tp.p.minh-khai", name: "UBND phường Minh Khai" },
  tuPhap: { id: "unit-tu-phap", code: "hy.tp.tu-phap", name: "Phòng Tư pháp" },
} as const;

const user = (id: string, unitId: string | null, role: "CITY_ADMIN" | "UNIT_OFFICER" | "LEADER"): Actor => testUser(id, id, unitId, [role]);

export const ACTORS = {
  admin: user("u-admin", UNITS.office.id, "CITY_ADMIN"),
  leader: user("u-leader", UNITS.office.id, "LEADER"),
  leLoi: user("u-le-loi", UNITS.leLoi.id, "UNIT_OFFICER"),
  minhKhai: user("u-minh-khai", UNITS.minhKhai.id, "UNIT_OFFICER"),
  tuPhap: user("u-tu-phap", UNITS.tuPhap.id, "UNIT_OFFICER"),
  partner: { kind: "partner", partnerId: "p-1", name: "Hệ thống một cửa", scopes: ["read"] } as Actor,
  anonymous: { kind: "anonymous" } as Actor,
};

export interface Harness {
  env: ComplaintsEnv;
  db: Db;
  app: FastifyInstance;
  /** Move the service's clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  now?: Date;
  submitLimit?: number;
  mailer?: AnswerMailer;
  env?: Record<string, string>;
}

export async function startHarness(suite: string, options: HarnessOptions = {}): Promise<Harness> {
  const databaseUrl = testDatabaseUrl(`complaints_${suite}`);
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl, [messagingMigrations, ...migrations]);
  const env = parseEnv(envSchema, {
    ...serviceTestEnv(databaseUrl, gateway.publicKey, kafkaBrokers()),
    COMPLAINTS_SECRET_PEPPER: "complaints-test-pepper-0123456789",
    COMPLAINTS_FILES_DIR: mkdtempSync(join(tmpdir(), "complaints-files-")),
    COMPLAINTS_POW_DIFFICULTY: "4",
    COMPLAINTS_SUBMIT_LIMIT: String(options.submitLimit ?? 1000),
    COMPLAINTS_PUBLIC_LIMIT: "1000",
    ...options.env,
  });
  const db = createDb(databaseUrl);
  await db.$transaction(async (tx) => {
    for (const unit of Object.values(UNITS)) {
      const event = createEvent("directory.unit.created", {
        source: "directory",
        subject: unit.id,
        data: {
          unit: {
            ...unit,
            shortName: null,
            levelCode: unit.code.includes(".p.") ? "commune" : "department",
            parentId: null,
            validFrom: "2024-01-01",
            validTo: null,
          },
        },
      });
      await applyUnitEvent(event, tx);
    }
  });
  let now: Date | null = options.now ?? null;
  const app = buildApp(env, db, { deps: { now: () => now ?? clock(), ...(options.mailer ? { mailer: options.mailer } : {}) } });
  await app.ready();
  return {
    env,
    db,
    app,
    setNow: (date) => void (now = date),
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}

const client = gqlClient<Actor>(ACTOR_HEADER, signAs);
export { errorCode, type GqlResult } from "@tthc/test-kit";

/** The citizen's address the gateway forwards when a test names none (uploads and submissions must agree). */
export const TEST_CLIENT_ADDRESS = "203.0.113.10";

/** Call the subgraph as the gateway does: HTTP with a signed actor and the client's address. */
export function gql<T = Record<string, unknown>>(
  app: InjectableApp,
  query: string,
  variables: Record<string, unknown> = {},
  actor: Actor = ACTORS.anonymous,
  clientAddress = TEST_CLIENT_ADDRESS,
): Promise<GqlResult<T>> {
  return client.gql<T>(app, query, variables, actor, { "x-forwarded-for": clientAddress });
}

export function ok<T>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const SUBMISSION = {
  senderName: "Nguyễn Văn An",
  senderAddress: "Số 12 phố Điện Biên, phường Lê Lợi, thành phố Hưng Yên",
  senderPhone: "0912 345 678",
  senderEmail: "an.nguyen@example.vn",
  regulation: "Thủ tục đăng ký khai sinh",
  content: "Tôi phản ánh việc cán bộ phường Lê Lợi yêu cầu nộp thêm giấy tờ không có trong quy định khi đăng ký khai sinh cho con.",
  consent: true,
};

const SUBMIT = `mutation ($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {
  submitComplaint(input: $input, challenge: $challenge) { trackingCode secret receivedDay answerDue }
}`;

export async function solvedChallenge(app: FastifyInstance, clientAddress?: string): Promise<{ nonce: string; counter: string }> {
  const res = ok(
    await gql<{ complaintChallenge: { nonce: string; difficulty: number } }>(
      app,
      `{ complaintChallenge { nonce difficulty } }`,
      {},
      ACTORS.anonymous,
      clientAddress,
    ),
  );
  return {
    nonce: res.complaintChallenge.nonce,
    counter: solveProofOfWork(res.complaintChallenge.nonce, res.complaintChallenge.difficulty),
  };
}

export async function submit(app: FastifyInstance, input: Record<string, unknown> = SUBMISSION, clientAddress?: string) {
  return gql<{ submitComplaint: { trackingCode: string; secret: string; receivedDay: string; answerDue: string } }>(
    app,
    SUBMIT,
    { input, challenge: await solvedChallenge(app, clientAddress) },
    ACTORS.anonymous,
    clientAddress,
  );
}

export async function complaintIdOf(db: Db, trackingCode: string): Promise<string> {
  return (await db.complaint.findUniqueOrThrow({ where: { trackingCode } })).id;
}

export async function outboxTypes(db: Db, subject?: string): Promise<string[]> {
  const rows = await outboxRows(db);
  return rows.filter((r) => !subject || r.key === subject).map((r) => r.payload.type);
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
