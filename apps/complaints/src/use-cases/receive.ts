/**
 * Receiving a PAKN (tiếp nhận): the public form (anonymous, rate limited, proof of work) and staff
 * intake for the other channels. The complaint, its attachments, the audit entry, the spent
 * challenge and the `received` event are written in one transaction, or nothing is.
 */
import { toDbDate } from "@tthc/calendar";
import { randomUUID } from "node:crypto";
import { findFile } from "@tthc/files";
import { type Actor, actorId, actorKey, fieldErrors, forbidden, invalidInput, isUuid, requireRole } from "@tthc/service-kit";
import { enqueue } from "@tthc/messaging";
import type { Tx } from "../db/client.ts";
import { COMPLAINT_INCLUDE, appendAudit, searchTextOf, stateColumns, type ComplaintRow } from "../db/complaints.ts";
import { loadSettings } from "../db/settings.ts";
import { Prisma } from "../db/generated/client.ts";
import type { AttachmentPolicy } from "../documents/attachments.ts";
import { parseSubmission, receive, trigramsOf, type ComplaintState, type FieldError } from "../domain/index.ts";
import { challengeDifficulty, isValidProofOfWork } from "../security/proof-of-work.ts";
import { hashSecret, newSecret, newTrackingCode } from "../security/secrets.ts";
import { toEnvelopes } from "../events/outgoing.ts";
import { domainActor, type ComplaintsDeps } from "./deps.ts";
import { domainError, tooManyRequests } from "./errors.ts";

export interface Receipt {
  trackingCode: string;
  secret: string;
  receivedAt: Date;
  receivedDay: string;
  answerDue: string;
}

interface SubmissionFields {
  senderName: string;
  senderAddress: string;
  senderPhone?: string | null;
  senderEmail?: string | null;
  regulation: string;
  content: string;
  attachmentIds?: readonly string[] | null;
}

/** GraphQL gives null for an omitted optional field; the intake rules treat it as absent. */
const withoutNulls = <T extends object>(input: T) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null));

/** Long enough to solve the hardest challenge on a slow phone. */
const CHALLENGE_LIFETIME_MS = 15 * 60 * 1000;

const challengeRefused = () =>
  invalidInput(
    "challenge",
    "Mã xác thực chống gửi tự động không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang và gửi lại.",
    "The anti-automation challenge is invalid or expired; reload the page and submit again.",
  );

/** The stored files a submission refers to, checked against the policy and the uploader. */
async function checkAttachmentIds(
  tx: Tx,
  ids: readonly string[],
  uploadedBy: string,
  policy: AttachmentPolicy,
  now: Date,
  // An upload not attached within this time is not accepted any more (it was for another attempt, and the clean-up deletes it).
  maxAgeMs: number,
  // The public form's client: anonymous uploads all have the same owner, so they are told apart by the client that sent them.
  client: string | null,
) {
  const errors: FieldError[] = [];
  if (ids.length > policy.maxFiles) {
    errors.push({
      field: "attachments",
      messageVi: `Chỉ được gửi kèm tối đa ${policy.maxFiles} tệp.`,
      messageEn: `At most ${policy.maxFiles} files may be attached.`,
    });
  }
  const files = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const file = isUuid(id) ? await findFile(tx, id) : null;
    const created = file
      ? await tx.$queryRawUnsafe<Array<{ created_at: Date; client_key: string | null }>>(
          `SELECT created_at, client_key FROM stored_file WHERE id = $1::uuid`,
          id,
        )
      : [];
    const attached = file ? await tx.attachment.count({ where: { fileId: id } }) : 0;
    const fresh = created[0] && now.getTime() - created[0].created_at.getTime() <= maxAgeMs;
    const sameClient = client === null || created[0]?.client_key === client;
    if (!file || file.uploadedBy !== uploadedBy || attached > 0 || !fresh || !sameClient) {
      errors.push({
        field: `attachments.${index}`,
        messageVi: "Tệp đính kèm không tồn tại hoặc đã được sử dụng; vui lòng tải lên lại.",
        messageEn: "Unknown or already used attachment; upload it again.",
      });
      continue;
    }
    if (!policy.allowed.includes(file.type) || file.size > policy.maxFileBytes) {
      errors.push({
        field: `attachments.${index}`,
        messageVi: `Tệp "${file.name}" không đúng định dạng hoặc vượt quá dung lượng cho phép.`,
        messageEn: `"${file.name}" is not allowed by type or size.`,
      });
      continue;
    }
    files.push(file);
  }
  return { files, errors };
}

async function insertComplaint(
  deps: ComplaintsDeps,
  tx: Tx,
  actor: Actor,
  correlationId: string,
  state: ComplaintState,
  submission: SubmissionFields & { consent: boolean },
  events: Parameters<typeof toEnvelopes>[0],
  attachments: { ids: readonly string[]; policy: AttachmentPolicy; now: Date; client: string | null; kind: "sender" | "scan" },
): Promise<{ row: ComplaintRow; secret: string }> {
  const { files, errors } = await checkAttachmentIds(
    tx,
    attachments.ids,
    actorKey(actor),
    attachments.policy,
    attachments.now,
    deps.limits.uploadMaxAgeMs,
    attachments.client,
  );
  if (errors.length > 0) throw fieldErrors(errors);
  const secret = newSecret();
  // Codes are random: on the rare collision draw again (a savepoint keeps the transaction usable).
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newTrackingCode(state.receivedAt);
    try {
      await tx.$executeRawUnsafe("SAVEPOINT tracking_code");
      await tx.complaint.create({
        data: {
          id: state.id,
          trackingCode,
          secretHash: hashSecret(secret, deps.pepper),
          channel: state.channel,
          receivedAt: state.receivedAt,
          receivedDay: toDbDate(state.receivedDay),
          senderName: submission.senderName,
          senderAddress: submission.senderAddress,
          senderPhone: submission.senderPhone ?? null,
          senderEmail: submission.senderEmail ?? null,
          consent: submission.consent,
          regulation: submission.regulation,
          content: submission.content,
          searchText: searchTextOf({ trackingCode, regulation: submission.regulation, content: submission.content }),
          // Computed once here, so duplicate suggestions never fold this text again (bench/complaints-text-work.ts).
          trigrams: trigramsOf(`${submission.regulation} ${submission.content}`),
          ...stateColumns(state),
        },
      });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT tracking_code");
      await tx.attachment.createMany({
        data: files.map((f) => ({ complaintId: state.id, fileId: f.id, name: f.name, type: f.type, size: f.size, kind: attachments.kind })),
      });
      await appendAudit(tx, state, actor);
      await enqueue(tx, ...toEnvelopes(events, { state, trackingCode, actor, correlationId, now: attachments.now }));
      const row = await tx.complaint.findUniqueOrThrow({ where: { id: state.id }, include: COMPLAINT_INCLUDE });
      return { row, secret };
    } catch (err) {
      const collision = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && attempt < 3;
      if (!collision) throw err;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT tracking_code");
    }
  }
}

function receiptOf(row: ComplaintRow, secret: string, state: ComplaintState): Receipt {
  return {
    trackingCode: row.trackingCode,
    secret,
    receivedAt: row.receivedAt,
    receivedDay: state.receivedDay,
    answerDue: state.due.answer,
  };
}

/** The public form: rate limit → validation → proof of work → one transaction. `client` keys the rate limit. */
export async function submitComplaint(
  deps: ComplaintsDeps,
  client: string,
  actor: Actor,
  correlationId: string,
  input: SubmissionFields & { consent: boolean },
  challenge: { nonce: string; counter: string },
): Promise<Receipt> {
  if (actor.kind !== "anonymous") throw forbidden("Biểu mẫu công khai dành cho người dân; cán bộ dùng chức năng tiếp nhận.");
  const limit = await deps.limiter.take(`submit:${client}`, deps.limits.submit, deps.limits.windowMs);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
  const now = deps.now();
  const parsed = parseSubmission({ ...withoutNulls(input), channel: "web" }, { source: "public", now });
  if (!parsed.ok) throw fieldErrors(parsed.errors);

  const stored = await deps.db.submissionChallenge.findUnique({ where: { nonce: challenge.nonce } });
  // Bound to the client it was issued to: a solution bought elsewhere (a solving farm) buys nothing here.
  if (
    !stored ||
    stored.usedAt ||
    stored.expiresAt <= now ||
    stored.clientKey !== client ||
    !isValidProofOfWork(challenge.nonce, challenge.counter, stored.difficulty)
  ) {
    throw challengeRefused();
  }
  const { rules, attachmentPolicy } = await loadSettings(deps.db);
  const decision = receive({ id: randomUUID(), channel: "web", receivedAt: now }, domainActor(actor), now, rules, deps.calendar);
  if (!decision.ok) throw domainError(decision.error);

  return deps.db.$transaction(async (tx) => {
    // Spent in the same transaction: a challenge buys one stored PAKN, never two.
    const spent = await tx.submissionChallenge.updateMany({
      where: { nonce: challenge.nonce, clientKey: client, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw challengeRefused();
    const { row, secret } = await insertComplaint(
      deps,
      tx,
      actor,
      correlationId,
      decision.state,
      { ...parsed.value, consent: true },
      decision.events,
      { ids: input.attachmentIds ?? [], policy: attachmentPolicy, now, client, kind: "sender" },
    );
    return receiptOf(row, secret, decision.state);
  });
}

/** Staff intake (tiếp nhận trực tiếp, bưu chính, điện thoại, …) by the city office. */
export async function intakeComplaint(
  deps: ComplaintsDeps,
  actor: Actor,
  correlationId: string,
  input: SubmissionFields & { channel: string; receivedAt: Date },
): Promise<{ row: ComplaintRow; receipt: Receipt }> {
  requireRole(actor, "CITY_ADMIN");
  const now = deps.now();
  const parsed = parseSubmission({ ...withoutNulls(input), receivedAt: input.receivedAt.toISOString() }, { source: "staff", now });
  if (!parsed.ok) throw fieldErrors(parsed.errors);
  const { rules, attachmentPolicy } = await loadSettings(deps.db);
  const decision = receive(
    { id: randomUUID(), channel: parsed.value.channel, receivedAt: parsed.value.receivedAt },
    domainActor(actor),
    now,
    rules,
    deps.calendar,
  );
  if (!decision.ok) throw domainError(decision.error);
  return deps.db.$transaction(async (tx) => {
    // Staff scans carry no client: the city office's uploads are told apart by the uploader alone.
    const { row, secret } = await insertComplaint(
      deps,
      tx,
      actor,
      correlationId,
      decision.state,
      { ...parsed.value, consent: false },
      decision.events,
      { ids: input.attachmentIds ?? [], policy: attachmentPolicy, now, client: null, kind: "scan" },
    );
    await tx.personalDataAccess.create({
      data: { complaintId: row.id, actorId: actorId(actor), unitId: actor.kind === "user" ? actor.unitId : null, purpose: "intake" },
    });
    return { row, receipt: receiptOf(row, secret, decision.state) };
  });
}

/**
 * A fresh single-use challenge bound to `client`, whose difficulty rises with the challenges taken in
 * the last window by that client and by everyone (challengeDifficulty). `client` also keys the rate
 * limit. Expired challenges are swept now and then; the window's rows are what the counts read.
 */
export async function issueChallenge(deps: ComplaintsDeps, client: string) {
  const limit = await deps.limiter.take(`public:${client}`, deps.limits.public, deps.limits.windowMs);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);
  const now = deps.now();
  const since = new Date(now.getTime() - deps.limits.windowMs);
  const [mine, everyone] = await Promise.all([
    deps.db.submissionChallenge.count({ where: { clientKey: client, issuedAt: { gt: since } } }),
    deps.db.submissionChallenge.count({ where: { issuedAt: { gt: since } } }),
  ]);
  const difficulty = challengeDifficulty({ client: mine, global: everyone }, deps.limits.pow);
  const nonce = randomUUID().replace(/-/g, "");
  const expiresAt = new Date(now.getTime() + CHALLENGE_LIFETIME_MS);
  await deps.db.submissionChallenge.create({ data: { nonce, difficulty, clientKey: client, issuedAt: now, expiresAt } });
  return { nonce, difficulty, expiresAt };
}

/**
 * The `expired-challenges` job: deletes challenges that can no longer be spent nor counted. A challenge is
 * kept through the counting window even when expired (the difficulty counts the challenges issued in it,
 * so pruning must never lower it early), and for an hour after it expired at least.
 */
export async function pruneExpiredChallenges(deps: ComplaintsDeps): Promise<number> {
  const now = deps.now().getTime();
  const since = new Date(now - deps.limits.windowMs);
  const keepFrom = new Date(Math.min(since.getTime(), now - 60 * 60 * 1000));
  const { count } = await deps.db.submissionChallenge.deleteMany({ where: { expiresAt: { lt: keepFrom }, issuedAt: { lt: since } } });
  return count;
}
