import { createCalendar } from "@tthc/calendar";
import { localFileStore, registerFileRoutes, type StoredFile } from "@tthc/files";
import {
  MemoryRateLimiter,
  actorKey,
  clock,
  createService,
  databaseReadiness,
  kafkaReadiness,
  readSchema,
  requestClientKey,
  sharedRateLimiter,
  type Actor,
  type FastifyInstance,
} from "@tthc/service-kit";
import { parse } from "graphql";
import type { Db } from "./db/client.ts";
import { toState } from "./db/complaints.ts";
import { loadSettings } from "./db/settings.ts";
import { canViewComplaint } from "./domain/index.ts";
import type { ComplaintsEnv } from "./env.ts";
import { fieldPolicies } from "./graphql/field-policy.ts";
import { resolvers, type Context } from "./graphql/resolvers.ts";
import { smtpAnswerMailer } from "./use-cases/answer-mail.ts";
import { domainActor, type ComplaintsDeps } from "./use-cases/deps.ts";
import { XLSX_TYPE } from "./use-cases/register-export.ts";
import { senderIsHidden } from "./use-cases/staff-reads.ts";
import { COMPLAINT_INCLUDE } from "./db/complaints.ts";

export const typeDefs = parse(readSchema(new URL("./graphql/schema/", import.meta.url)));

export interface AppOptions {
  /** Replace parts of the wiring (tests: a clock, limits). */
  deps?: Partial<ComplaintsDeps>;
}

export function complaintsDeps(env: ComplaintsEnv, db: Db, overrides: Partial<ComplaintsDeps> = {}): ComplaintsDeps {
  // One clock for every rule, the rate limits included: the process clock unless a test brings its own.
  const now = overrides.now ?? clock;
  return {
    db,
    calendar: createCalendar(),
    pepper: env.COMPLAINTS_SECRET_PEPPER,
    limiter: new MemoryRateLimiter(() => now().getTime()),
    limits: {
      windowMs: env.COMPLAINTS_RATE_WINDOW_SECONDS * 1000,
      submit: env.COMPLAINTS_SUBMIT_LIMIT,
      public: env.COMPLAINTS_PUBLIC_LIMIT,
      pow: {
        base: env.COMPLAINTS_POW_DIFFICULTY,
        max: Math.max(env.COMPLAINTS_POW_DIFFICULTY, env.COMPLAINTS_POW_MAX_DIFFICULTY),
        clientFree: env.COMPLAINTS_POW_CLIENT_FREE,
        globalFree: env.COMPLAINTS_POW_GLOBAL_FREE,
      },
      uploadMaxAgeMs: env.COMPLAINTS_UNATTACHED_UPLOAD_HOURS * 3600 * 1000,
    },
    mailer: env.COMPLAINTS_SMTP_URL ? smtpAnswerMailer(env.COMPLAINTS_SMTP_URL, env.COMPLAINTS_MAIL_FROM) : null,
    files: localFileStore(env.COMPLAINTS_FILES_DIR),
    now,
    ...overrides,
  };
}

/**
 * Staff who may see the PAKN a file belongs to (and its sender: a scan shows who wrote it); an exported
 * register only to whoever exported it (uploads are never XLSX, so that type marks an export).
 */
async function mayDownload(deps: ComplaintsDeps, actor: Actor, file: StoredFile): Promise<boolean> {
  if (actor.kind !== "user") return false;
  if (file.type === XLSX_TYPE) return file.uploadedBy === actorKey(actor);
  const attachment = await deps.db.attachment.findFirst({ where: { fileId: file.id }, select: { complaintId: true } });
  if (!attachment) return false;
  const row = await deps.db.complaint.findUniqueOrThrow({ where: { id: attachment.complaintId }, include: COMPLAINT_INCLUDE });
  return canViewComplaint(domainActor(actor), toState(row)) && !senderIsHidden(actor, row);
}

export function buildApp(env: ComplaintsEnv, db: Db, options: AppOptions = {}): FastifyInstance {
  const now = options.deps?.now ?? clock;
  // The public form's limits, shared by the replicas through Redis when REDIS_URL is set.
  const limits = sharedRateLimiter(env, () => now().getTime(), { warn: (obj, msg) => app.log.warn(obj, msg) });
  const deps = complaintsDeps(env, db, { limiter: limits.limiter, ...options.deps });
  const app: FastifyInstance = createService<Context>({
    name: "complaints",
    env,
    typeDefs,
    resolvers,
    fieldPolicies,
    buildContext: (base) => ({ ...base, deps }),
    readiness: [databaseReadiness(db), kafkaReadiness(env.KAFKA_BROKERS)],
  });
  registerFileRoutes(app, {
    store: deps.files,
    db,
    now: deps.now,
    policy: async () => {
      const { attachmentPolicy } = await loadSettings(db);
      return { maxBytes: attachmentPolicy.maxFileBytes, allowed: attachmentPolicy.allowed };
    },
    // Citizens attach files to the public form; uploads count against the client's public limit.
    canUpload: (actor) => actor.kind === "anonymous" || actor.kind === "user",
    // Anonymous bytes are budgeted per client and for everyone; staff scans are not.
    quota: (actor) =>
      actor.kind === "anonymous"
        ? {
            windowMs: env.COMPLAINTS_UPLOAD_WINDOW_SECONDS * 1000,
            perClientBytes: env.COMPLAINTS_UPLOAD_CLIENT_BYTES,
            globalBytes: env.COMPLAINTS_UPLOAD_GLOBAL_BYTES,
          }
        : null,
    canDownload: (actor, file) => mayDownload(deps, actor, file),
  });
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST" || !request.url.startsWith("/files")) return;
    const decision = await deps.limiter.take(`public:${requestClientKey(request)}`, deps.limits.public, deps.limits.windowMs);
    if (!decision.allowed) {
      return reply
        .code(429)
        .header("retry-after", String(decision.retryAfterSeconds))
        .send({ error: { code: "RATE_LIMITED", message: "Anh/chị đã tải lên quá nhiều tệp. Vui lòng thử lại sau." } });
    }
  });
  app.addHook("onReady", async () => {
    if (!(await limits.ready(2_000))) app.log.warn({}, "rate limits: Redis not reachable at start; counting in this process for now");
  });
  app.addHook("onClose", () => limits.close());
  return app;
}
