/** What anonymous callers may read: their own PAKN (code + secret) and the published results. */
import { fromDbDate } from "@tthc/calendar";
import { appError } from "@tthc/service-kit";
import { COMPLAINT_INCLUDE, toState, type ComplaintRow } from "../db/complaints.ts";
import type { Prisma } from "../db/generated/client.ts";
import { parseTrackingCode, words } from "../domain/index.ts";
import { hashSecret, verifySecret } from "../security/secrets.ts";
import type { ComplaintsDeps } from "./deps.ts";
import { tooManyRequests } from "./errors.ts";
import { STATUS_LABELS } from "./labels.ts";

/** One error for an unknown code and a wrong secret: the answer never tells whether a code exists. */
const lookupRefused = () =>
  appError("NOT_FOUND", "Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.", { messageEn: "Wrong tracking code or secret." });

// Compared against when the code is unknown, so both refusals cost the same time.
const DUMMY_HASH_INPUT = "0000-0000-0000-0000-0000";

/**
 * The sender's PAKN for code + secret, or the one refusal. `client` keys the rate limit, so guessing
 * secrets is bounded per client; every public use of code + secret (look-up, rating) goes through here.
 */
export async function senderComplaint(deps: ComplaintsDeps, client: string, trackingCode: string, secret: string): Promise<ComplaintRow> {
  const decision = await deps.limiter.take(`public:${client}`, deps.limits.public, deps.limits.windowMs);
  if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds);
  const code = parseTrackingCode(trackingCode);
  const row = code ? await deps.db.complaint.findUnique({ where: { trackingCode: code }, include: COMPLAINT_INCLUDE }) : null;
  const expected = row?.secretHash ?? hashSecret(DUMMY_HASH_INPUT, deps.pepper);
  const secretMatches = verifySecret(secret, expected, deps.pepper);
  if (!row || !secretMatches) throw lookupRefused();
  return row;
}

/**
 * The sender may rate once the answer of their own PAKN was sent, once. A duplicate merged into another
 * PAKN is answered through that one, whose sender rates it.
 */
export const canRate = (row: ComplaintRow): boolean => row.answeredAt !== null && row.mergedIntoId === null && row.rating === null;

export async function lookupComplaint(deps: ComplaintsDeps, client: string, trackingCode: string, secret: string) {
  const row = await senderComplaint(deps, client, trackingCode, secret);

  // A duplicate's sender reads the answer of the PAKN it was merged into (one answer reaches everyone).
  const answering: ComplaintRow =
    (row.mergedIntoId && (await deps.db.complaint.findUnique({ where: { id: row.mergedIntoId }, include: COMPLAINT_INCLUDE }))) || row;
  const state = toState(row);
  const sent = answering.answeredAt ? answering.answers.find((a) => a.status === "sent") : undefined;
  return {
    trackingCode: row.trackingCode,
    status: state.status,
    statusText: STATUS_LABELS[state.status],
    statusLabel: STATUS_LABELS[state.status].vi,
    receivedDay: state.receivedDay,
    answerDue: state.due.answer,
    paused: state.status === "paused",
    answerText: sent?.text ?? null,
    answerDocumentNumber: sent?.documentNumber ?? null,
    answerDocumentDate: sent ? fromDbDate(sent.documentDate) : null,
    answeredAt: answering.answeredAt,
    returnedReason: row.returnedReason,
    returnedGuidance: row.returnedGuidance,
    mergedIntoTrackingCode: answering === row ? null : answering.trackingCode,
    // The comment stays with the staff: the sender sees only what they chose and when.
    rating: row.rating ? { satisfied: row.rating.satisfied, ratedAt: row.rating.ratedAt } : null,
    canRate: canRate(row),
  };
}

/** The largest page of published results one request gets (the gateway counts the default as this too). */
export const PUBLISHED_PAGE_MAX = 100;
/** Deeper than this, a search narrows better than paging (and an offset costs the database its length). */
export const PUBLISHED_OFFSET_MAX = 10_000;

/**
 * Published results, newest first, filtered and paged by the database: only the page's rows are
 * loaded, with only their current or sent answer. Search reads the published search text (the
 * reviewed, published texts folded), never the sender's raw content.
 */
export async function publishedComplaints(deps: ComplaintsDeps, search: string | null | undefined, limit: number, offset: number) {
  const where: Prisma.ComplaintWhereInput = {
    publishedAt: { not: null },
    status: { in: ["published", "closed"] },
    AND: words(search ?? "").map((word) => ({ publishedSearchText: { contains: word } })),
  };
  const [total, rows] = await Promise.all([
    deps.db.complaint.count({ where }),
    deps.db.complaint.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: Math.min(Math.max(0, offset), PUBLISHED_OFFSET_MAX),
      take: Math.min(Math.max(limit, 1), PUBLISHED_PAGE_MAX),
      select: {
        trackingCode: true,
        field: true,
        classifiedRegulation: true,
        publishedQuestion: true,
        publishedText: true,
        publishedAt: true,
        answers: {
          where: { status: { in: ["draft", "approved", "sent"] } },
          orderBy: { draftedAt: "asc" },
          select: { status: true, documentNumber: true, documentDate: true },
        },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => {
      const answer = r.answers.find((a) => a.status === "sent") ?? r.answers.at(-1);
      return {
        trackingCode: r.trackingCode,
        field: r.field,
        regulation: r.classifiedRegulation,
        question: r.publishedQuestion,
        answer: r.publishedText ?? "",
        answerDocumentNumber: answer?.documentNumber ?? null,
        answerDocumentDate: answer ? fromDbDate(answer.documentDate) : null,
        publishedAt: r.publishedAt!,
      };
    }),
  };
}
