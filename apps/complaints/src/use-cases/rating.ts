/**
 * The sender's rating of the answer (đánh giá mức độ hài lòng), for the satisfaction indicators: asked on
 * the public look-up page once the answer was sent; satisfied or not, with an optional comment; once.
 */
import { createEvent } from "@tthc/events";
import { enqueue } from "@tthc/messaging";
import { appError, eventOrigin, invalidInput, type Actor } from "@tthc/service-kit";
import { Prisma } from "../db/generated/client.ts";
import { canRate, senderComplaint } from "./public-reads.ts";
import type { ComplaintsDeps } from "./deps.ts";

/** Long enough for a few sentences; the comment is read by staff, not stored as a document. */
export const RATING_COMMENT_MAX = 1000;

const alreadyRated = () =>
  appError("BAD_USER_INPUT", "PAKN này đã được đánh giá. Mỗi PAKN chỉ được đánh giá một lần.", {
    reason: "ALREADY_RATED",
    messageEn: "This PAKN has already been rated; it can be rated only once.",
  });

export interface RatingInput {
  trackingCode: string;
  secret: string;
  satisfied: boolean;
  comment?: string | null;
}

/**
 * Checks code + secret exactly as the look-up does (same rate limit, same refusal), then stores the
 * rating and its event in one transaction. The event carries the units and the yes/no, never the
 * comment (free text of the sender may hold personal data, and events are kept forever).
 */
export async function rateComplaintAnswer(deps: ComplaintsDeps, client: string, actor: Actor, correlationId: string, input: RatingInput) {
  const row = await senderComplaint(deps, client, input.trackingCode, input.secret);
  const comment = input.comment?.normalize("NFC").trim() || null;
  if (comment !== null && comment.length > RATING_COMMENT_MAX)
    throw invalidInput(
      "comment",
      `Ý kiến không được dài quá ${RATING_COMMENT_MAX} ký tự.`,
      `The comment may be at most ${RATING_COMMENT_MAX} characters.`,
    );
  if (row.rating) throw alreadyRated();
  if (!canRate(row))
    throw appError("BAD_USER_INPUT", "Chỉ có thể đánh giá sau khi PAKN đã được trả lời.", {
      reason: "NOT_ANSWERED",
      messageEn: "A PAKN can be rated only once its answer has been sent.",
    });

  const ratedAt = deps.now();
  const event = createEvent("complaints.complaint.rated", {
    source: "complaints",
    subject: row.id,
    ...eventOrigin({ actor, correlationId, now: ratedAt }),
    data: { unitId: row.leadUnitId ?? "", unitIds: [...row.unitIds], satisfied: input.satisfied, ratedAt: ratedAt.toISOString() },
  });
  try {
    await deps.db.$transaction(async (tx) => {
      await tx.complaintRating.create({ data: { complaintId: row.id, satisfied: input.satisfied, comment, ratedAt } });
      await enqueue(tx, event);
    });
  } catch (err) {
    // Two ratings sent at once: the primary key keeps the first, the second is refused like any repeat.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw alreadyRated();
    throw err;
  }
  return { satisfied: input.satisfied, ratedAt };
}
