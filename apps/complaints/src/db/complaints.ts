/**
 * Complaint rows ↔ the domain's ComplaintState, and writing a decision: the row, its side tables,
 * the new audit entries and the events, all through the caller's transaction.
 */
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@tthc/calendar";
import type { LocalDate } from "@tthc/calendar";
import { actorId, type Actor } from "@tthc/service-kit";
import {
  watchedDeadline,
  type Channel,
  type ComplaintCommand,
  type ComplaintState,
  type ComplaintStatus,
  type PauseRecord,
} from "../domain/index.ts";
import { foldVietnamese } from "@tthc/text";
import type { Prisma } from "./generated/client.ts";
import type { Tx } from "./client.ts";

export const COMPLAINT_INCLUDE = {
  transfers: { where: { active: true }, orderBy: { lead: "desc" } },
  answers: { orderBy: { draftedAt: "asc" } },
  contributions: { orderBy: { at: "asc" } },
  rating: true,
} as const satisfies Prisma.ComplaintInclude;

export type ComplaintRow = Prisma.ComplaintGetPayload<{ include: typeof COMPLAINT_INCLUDE }>;

/** Answers that still stand: the one being worked on, approved or sent. */
const CURRENT_ANSWER = ["draft", "approved", "sent"];

export function currentAnswer(row: ComplaintRow) {
  return row.answers.filter((a) => CURRENT_ANSWER.includes(a.status)).at(-1) ?? null;
}

interface StoredPause {
  from: string;
  to: string | null;
  reason: string;
}

function pausesOf(json: Prisma.JsonValue): PauseRecord[] {
  return (json as unknown as StoredPause[]).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null, reason: p.reason }));
}

export function toState(row: ComplaintRow): ComplaintState {
  const answer = currentAnswer(row);
  return {
    id: row.id,
    channel: row.channel as Channel,
    status: row.status as ComplaintStatus,
    statusBeforePause: row.statusBeforePause as ComplaintStatus | null,
    receivedAt: row.receivedAt,
    receivedDay: fromDbDate(row.receivedDay),
    classification:
      row.kind && row.category && row.field && row.classifiedRegulation
        ? {
            kind: row.kind as "feedback" | "petition",
            category: row.category as NonNullable<ComplaintState["classification"]>["category"],
            field: row.field,
            regulation: row.classifiedRegulation,
            concernedUnitId: row.concernedUnitId,
          }
        : null,
    assignments: row.transfers.map((t) => ({ unitId: t.unitId, lead: t.lead })),
    transferredAt: row.transferredAt,
    draft: answer
      ? {
          unitId: answer.unitId,
          authorId: answer.authorId,
          text: answer.text,
          documentNumber: answer.documentNumber,
          documentDate: fromDbDate(answer.documentDate),
          draftedAt: answer.draftedAt,
          approvedBy: answer.status === "draft" ? null : answer.reviewedBy,
          approvedAt: answer.status === "draft" ? null : answer.reviewedAt,
        }
      : null,
    contributions: row.contributions.map((c) => ({ unitId: c.unitId, authorId: c.authorId, text: c.text, at: c.at })),
    answeredAt: row.answeredAt,
    publishedAt: row.publishedAt,
    publishedText: row.publishedText,
    publishedQuestion: row.publishedQuestion,
    returned: row.returnedReason && row.returnedGuidance ? { reason: row.returnedReason, guidance: row.returnedGuidance } : null,
    mergedInto: row.mergedIntoId,
    pauses: pausesOf(row.pauses),
    extension:
      row.extensionReason && row.extendedAt ? { reason: row.extensionReason, at: row.extendedAt, actorId: row.extendedBy ?? "" } : null,
    due: {
      classify: fromDbDate(row.dueClassify),
      outOfScopeTransfer: fromDbDate(row.dueOutOfScope),
      handle: fromDbDateOrNull(row.dueHandle),
      answer: fromDbDate(row.dueAnswer),
    },
    alertsRaised: row.alertsRaised,
    // Never read by decide(): new entries are the ones a decision appends.
    audit: [],
  };
}

/** The Complaint columns that mirror the state (everything but the sender's submission). */
/** The day the inbox's DEADLINE_ASC sorts by: the limit the state is running against, if a clock runs. */
function watchedDueOf(state: ComplaintState): Date | null {
  const watched = watchedDeadline(state);
  return watched ? toDbDate(watched.dueDay) : null;
}

export function stateColumns(state: ComplaintState) {
  const lead = state.assignments.find((a) => a.lead);
  return {
    status: state.status,
    statusBeforePause: state.statusBeforePause,
    kind: state.classification?.kind ?? null,
    category: state.classification?.category ?? null,
    field: state.classification?.field ?? null,
    classifiedRegulation: state.classification?.regulation ?? null,
    concernedUnitId: state.classification?.concernedUnitId ?? null,
    unitIds: state.assignments.map((a) => a.unitId),
    leadUnitId: lead?.unitId ?? null,
    transferredAt: state.transferredAt,
    dueClassify: toDbDate(state.due.classify),
    dueOutOfScope: toDbDate(state.due.outOfScopeTransfer),
    dueHandle: state.due.handle ? toDbDate(state.due.handle) : null,
    dueAnswer: toDbDate(state.due.answer),
    watchedDue: watchedDueOf(state),
    pauses: state.pauses.map((p) => ({ from: p.from.toISOString(), to: p.to?.toISOString() ?? null, reason: p.reason })),
    extensionReason: state.extension?.reason ?? null,
    extendedAt: state.extension?.at ?? null,
    extendedBy: state.extension?.actorId ?? null,
    answeredAt: state.answeredAt,
    publishedAt: state.publishedAt,
    publishedQuestion: state.publishedQuestion,
    publishedText: state.publishedText,
    returnedReason: state.returned?.reason ?? null,
    returnedGuidance: state.returned?.guidance ?? null,
    mergedIntoId: state.mergedInto,
    alertsRaised: [...state.alertsRaised],
  };
}

export function searchTextOf(parts: {
  trackingCode: string;
  regulation: string;
  content: string;
  field?: string | null;
  classifiedRegulation?: string | null;
}): string {
  return foldVietnamese(
    [parts.trackingCode, parts.regulation, parts.classifiedRegulation ?? "", parts.field ?? "", parts.content].join(" "),
  );
}

/** What the public search of published results reads: only reviewed, published texts, never the sender's raw content. */
export function publishedSearchTextOf(parts: {
  trackingCode: string;
  field: string | null;
  classifiedRegulation: string | null;
  publishedQuestion: string | null;
  publishedText: string | null;
  publishedAt: Date | null;
}): string | null {
  if (!parts.publishedAt) return null;
  return foldVietnamese(
    [parts.trackingCode, parts.field, parts.classifiedRegulation, parts.publishedQuestion, parts.publishedText].filter(Boolean).join(" "),
  );
}

/** Locks the complaint's row for the rest of the transaction, so commands on one PAKN run one at a time. */
export async function lockComplaint(tx: Tx, id: string): Promise<ComplaintRow | null> {
  const locked = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "Complaint" WHERE id = $1::uuid FOR UPDATE`, id);
  if (locked.length === 0) return null;
  return tx.complaint.findUnique({ where: { id }, include: COMPLAINT_INCLUDE });
}

export function findComplaint(tx: Tx, id: string): Promise<ComplaintRow | null> {
  return tx.complaint.findUnique({ where: { id }, include: COMPLAINT_INCLUDE });
}

/** Writes what a command changed besides the state columns: transfers, answers, contributions. */
async function writeSideTables(
  tx: Tx,
  before: ComplaintState,
  after: ComplaintState,
  command: ComplaintCommand,
  by: Actor,
  now: Date,
): Promise<void> {
  const id = after.id;
  switch (command.type) {
    case "transfer":
      await tx.transfer.updateMany({ where: { complaintId: id, active: true }, data: { active: false } });
      await tx.transfer.createMany({
        data: after.assignments.map((a) => ({
          complaintId: id,
          unitId: a.unitId,
          lead: a.lead,
          transferredAt: now,
          transferredBy: actorId(by),
          dueDay: after.due.handle ? toDbDate(after.due.handle) : null,
        })),
      });
      if (after.draft === null && before.draft !== null) {
        await tx.answer.updateMany({ where: { complaintId: id, status: { in: ["draft", "approved"] } }, data: { status: "superseded" } });
      }
      return;
    case "draftAnswer": {
      const draft = after.draft!;
      await tx.answer.updateMany({ where: { complaintId: id, status: "draft" }, data: { status: "superseded" } });
      await tx.answer.create({
        data: {
          complaintId: id,
          unitId: draft.unitId,
          authorId: draft.authorId,
          text: draft.text,
          documentNumber: draft.documentNumber,
          documentDate: toDbDate(draft.documentDate as LocalDate),
          status: "draft",
          draftedAt: draft.draftedAt,
        },
      });
      return;
    }
    case "approveAnswer":
      await tx.answer.updateMany({
        where: { complaintId: id, status: "draft" },
        data: { status: "approved", reviewedBy: actorId(by), reviewedAt: now, reviewReason: command.reason?.trim() || null },
      });
      return;
    case "returnAnswer":
      await tx.answer.updateMany({
        where: { complaintId: id, status: "draft" },
        data: { status: "returned", reviewedBy: actorId(by), reviewedAt: now, reviewReason: command.reason.trim() },
      });
      return;
    case "sendAnswer":
      await tx.answer.updateMany({ where: { complaintId: id, status: "approved" }, data: { status: "sent" } });
      return;
    case "contribute": {
      const added = after.contributions.at(-1)!;
      await tx.contribution.create({
        data: { complaintId: id, unitId: added.unitId, authorId: added.authorId, text: added.text, at: added.at },
      });
      return;
    }
    default:
      return;
  }
}

/** Persists a decided command: the state, its side rows and the audit entries the decision appended. */
export async function saveDecision(
  tx: Tx,
  row: ComplaintRow,
  before: ComplaintState,
  after: ComplaintState,
  command: ComplaintCommand,
  by: Actor,
  now: Date,
): Promise<void> {
  const columns = stateColumns(after);
  await tx.complaint.update({
    where: { id: row.id },
    data: {
      ...columns,
      searchText: searchTextOf({ ...row, field: columns.field, classifiedRegulation: columns.classifiedRegulation }),
      publishedSearchText: publishedSearchTextOf({ ...columns, trackingCode: row.trackingCode }),
      version: { increment: 1 },
    },
  });
  await writeSideTables(tx, before, after, command, by, now);
  await appendAudit(tx, after, by);
}

/** Inserts the audit entries a decision appended (the state's audit holds only those). */
export async function appendAudit(tx: Tx, state: ComplaintState, by: Actor): Promise<void> {
  if (state.audit.length === 0) return;
  await tx.auditEntry.createMany({
    data: state.audit.map((a) => ({
      complaintId: state.id,
      at: a.at,
      actorId: a.actorId,
      actorKind: by.kind,
      action: a.action,
      reason: a.reason,
      fromStatus: a.fromStatus,
      toStatus: a.toStatus,
    })),
  });
}
