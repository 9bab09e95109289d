/** What anonymous callers may read: their own PAKN (code + secret) and the published results. */
import { fromDbDate } from "@tthc/calendar";
import { appError } from "@tthc/service-kit";
import { COMPLAINT_INCLUDE, currentAnswer, toState, type ComplaintRow } from "../db/complaints.ts";
import { matchesQuery, parseTrackingCode } from "../domain/index.ts";
import { hashSecret, verifySecret } from "../security/secrets.ts";
import type { ComplaintsDeps } from "./deps.ts";
import { tooManyRequests } from "./errors.ts";
import { STATUS_LABELS } from "./labels.ts";

/** One error for an unknown code and a wrong secret: the answer never tells whether a code exists. */
const lookupRefused = () =>
  appError("NOT_FOUND", "Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại.", { messageEn: "Wrong tracking code or secret." });

// Compared against when the code is unknown, so both refusals cost the same time.
const DUMMY_HASH_INPUT = "0000-0000-0000-0000-0000";

/** `client` keys the rate limit, so guessing secrets is bounded per client. */
export async function lookupComplaint(deps: ComplaintsDeps, client: string, trackingCode: string, secret: string) {
  const decision = await deps.limiter.take(`public:${client}`, deps.limits.public, deps.limits.windowMs);
  if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds);
  const code = parseTrackingCode(trackingCode);
  const row = code ? await deps.db.complaint.findUnique({ where: { trackingCode: code }, include: COMPLAINT_INCLUDE }) : null;
  const expected = row?.secretHash ?? hashSecret(DUMMY_HASH_INPUT, deps.pepper);
  const secretMatches = verifySecret(secret, expected, deps.pepper);
  if (!row || !secretMatches) throw lookupRefused();

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
  };
}

export async function publishedComplaints(deps: ComplaintsDeps, search: string | null | undefined, limit: number, offset: number) {
  const rows = await deps.db.complaint.findMany({
    where: { publishedAt: { not: null }, status: { in: ["published", "closed"] } },
    orderBy: { publishedAt: "desc" },
    include: COMPLAINT_INCLUDE,
  });
  // Only the reviewed, published texts are searched: never the sender's raw content.
  const matching = search?.trim()
    ? rows.filter((r) =>
        matchesQuery([r.trackingCode, r.field, r.classifiedRegulation, r.publishedQuestion, r.publishedText].join(" "), search),
      )
    : rows;
  const page = matching.slice(Math.max(0, offset), Math.max(0, offset) + Math.min(Math.max(limit, 1), 100));
  return {
    total: matching.length,
    items: page.map((r) => {
      const answer = r.answers.find((a) => a.status === "sent") ?? currentAnswer(r);
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
