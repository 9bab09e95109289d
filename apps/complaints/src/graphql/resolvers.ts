import {
  batchLoader,
  DateScalar,
  DateTimeScalar,
  invalidInput,
  requestClientKey,
  requireRole,
  requireUser,
  type BaseContext,
} from "@tthc/service-kit";
import { countReplicatedUnits, unitNames, type MovableWork } from "@tthc/unit-replica";
import { currentAnswer, toState, type ComplaintRow } from "../db/complaints.ts";
import { loadSettings, saveDeadlineRules } from "../db/settings.ts";
import {
  availableCommands,
  DEADLINE_RULE_SOURCES,
  deadlineRulesSchema,
  detectPersonalData,
  dueStatus,
  watchedDeadline,
  type Channel,
  type ComplaintCommand,
  type ComplaintKind,
  type ComplaintState,
  type ContentCategory,
  type DeadlineRules,
} from "../domain/index.ts";
import { intakeComplaint, issueChallenge, submitComplaint } from "../use-cases/receive.ts";
import { STATUS_LABELS } from "../use-cases/labels.ts";
import { knownSender, reissueSecret, runCommand } from "../use-cases/commands.ts";
import { domainActor, type ComplaintsDeps } from "../use-cases/deps.ts";
import { lookupComplaint, publishedComplaints } from "../use-cases/public-reads.ts";
import { rateComplaintAnswer, type RatingInput } from "../use-cases/rating.ts";
import {
  duplicateSuggestions,
  countComplaintsByMonth,
  getComplaint,
  getComplaints,
  listComplaints,
  logPersonalDataRead,
  revealSender,
  senderIsHidden,
  type ComplaintFilter,
  type ComplaintSort,
} from "../use-cases/staff-reads.ts";
import {
  createAnswerTemplate,
  deleteAnswerTemplate,
  listAnswerTemplates,
  updateAnswerTemplate,
  type AnswerTemplateInput,
} from "../use-cases/answer-templates.ts";
import { exportComplaintRegister, type RegisterRequest } from "../use-cases/register-export.ts";
import { retentionSetting, updateRetention } from "../use-cases/retention.ts";
import { complaintsWorkToMove } from "../use-cases/succession.ts";

export type Context = BaseContext & { deps: ComplaintsDeps };

const states = new WeakMap<ComplaintRow, ComplaintState>();
function stateOf(row: ComplaintRow): ComplaintState {
  let state = states.get(row);
  if (!state) {
    state = toState(row);
    states.set(row, state);
  }
  return state;
}

/** The request's loaders, made on first use: the references of an _entities batch are read with one query. */
interface RequestLoaders {
  workToMove(unitId: string): Promise<MovableWork[]>;
  complaint(id: string): Promise<ComplaintRow | null>;
}
const requestLoaders = new WeakMap<Context, RequestLoaders>();
function loadersOf(context: Context): RequestLoaders {
  let loaders = requestLoaders.get(context);
  if (!loaders) {
    const { deps, actor } = context;
    loaders = {
      workToMove: batchLoader((ids: string[]) => complaintsWorkToMove(deps.db, ids), []),
      complaint: batchLoader<string, ComplaintRow | null>((ids: string[]) => getComplaints(deps, actor, ids), null),
    };
    requestLoaders.set(context, loaders);
  }
  return loaders;
}

type Answer = ComplaintRow["answers"][number];
// Each nested value carries its complaint: the field policy masks its texts by who may know the sender.
const answerView = (a: Answer, complaint: ComplaintRow) => ({ ...a, status: a.status.toUpperCase(), complaint });

type Args<T> = { id: string } & T;

/** A lifecycle mutation: its arguments become a domain command. */
function command<T>(build: (args: Args<T>) => ComplaintCommand) {
  return (_: unknown, args: Args<T>, { actor, correlationId, deps, log }: Context) =>
    runCommand(deps, actor, correlationId, args.id, build(args), log);
}

function rulesView(rules: DeadlineRules) {
  return (Object.keys(DEADLINE_RULE_SOURCES) as Array<keyof DeadlineRules>).map((name) => {
    const value = rules[name];
    const text =
      value === null
        ? null
        : typeof value === "number"
          ? String(value)
          : `${String(value.hour).padStart(2, "0")}:${String(value.minute).padStart(2, "0")}`;
    return { name, value: text, legal: DEADLINE_RULE_SOURCES[name].legal, source: DEADLINE_RULE_SOURCES[name].vi };
  });
}

function parseCutoff(text: string | null | undefined): DeadlineRules["officeHoursCutoff"] {
  if (!text) return null;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) throw invalidInput("officeHoursCutoff", "Giờ hết nhận trong ngày phải có dạng HH:mm.", "The cut-off must be HH:mm.");
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ComplaintChannel: {
    WEB: "web",
    IN_PERSON: "in-person",
    POST: "post",
    PHONE: "phone",
    EMAIL: "email",
    NATIONAL_PORTAL: "national-portal",
    OTHER_AGENCY: "other-agency",
  },
  ComplaintStatus: {
    RECEIVED: "received",
    CLASSIFIED: "classified",
    TRANSFERRED: "transferred",
    HANDLED: "handled",
    APPROVED: "approved",
    ANSWERED: "answered",
    PUBLISHED: "published",
    CLOSED: "closed",
    RETURNED: "returned",
    MERGED: "merged",
    PAUSED: "paused",
  },
  ComplaintKind: { FEEDBACK: "feedback", PETITION: "petition" },
  ComplaintDueStatus: { ON_TRACK: "on-track", DUE_SOON: "due-soon", OVERDUE: "overdue" },
  ComplaintAction: {
    CLASSIFY: "classify",
    TRANSFER: "transfer",
    DRAFT_ANSWER: "draftAnswer",
    CONTRIBUTE: "contribute",
    APPROVE_ANSWER: "approveAnswer",
    RETURN_ANSWER: "returnAnswer",
    SEND_ANSWER: "sendAnswer",
    PUBLISH: "publish",
    CLOSE: "close",
    RETURN: "return",
    MERGE: "merge",
    PAUSE: "pause",
    RESUME: "resume",
    EXTEND: "extend",
    REISSUE_SECRET: "reissueSecret",
  },
  PersonalDataKind: { PHONE: "phone", EMAIL: "email", ID_NUMBER: "id-number", ADDRESS: "address", NAME: "name" },

  Query: {
    complaintAnswerTemplates: (_: unknown, args: { field?: string | null }, { actor, deps }: Context) =>
      listAnswerTemplates(deps, actor, args.field),
    complaintPersonalDataRetention: (_: unknown, __: unknown, { actor, deps }: Context) => retentionSetting(deps, actor),
    complaintsStatus: async (_: unknown, __: unknown, { actor, deps }: Context) => {
      requireUser(actor);
      return { service: "complaints", replicatedUnits: await countReplicatedUnits(deps.db) };
    },
    complaintChallenge: (_: unknown, __: unknown, { deps, request }: Context) => issueChallenge(deps, requestClientKey(request)),
    lookupComplaint: (_: unknown, args: { trackingCode: string; secret: string }, { deps, request }: Context) =>
      lookupComplaint(deps, requestClientKey(request), args.trackingCode, args.secret),
    publishedComplaints: (_: unknown, args: { search?: string | null; limit: number; offset: number }, { deps }: Context) =>
      publishedComplaints(deps, args.search, args.limit, args.offset),
    complaints: (
      _: unknown,
      args: { filter?: ComplaintFilter | null; sort?: ComplaintSort | null; limit: number; offset: number },
      { actor, deps }: Context,
    ) => listComplaints(deps, actor, args.filter ?? {}, args.limit, args.offset, args.sort ?? "RECEIVED_DESC"),
    complaint: (_: unknown, args: { id: string }, { actor, deps }: Context) => getComplaint(deps, actor, args.id),
    complaintCountsByMonth: (_: unknown, args: { months: number }, { actor, deps }: Context) =>
      countComplaintsByMonth(deps, actor, args.months),
    complaintPublicationReview: async (_: unknown, args: { id: string }, { actor, deps }: Context) => {
      requireRole(actor, "CITY_ADMIN");
      const row = await getComplaint(deps, actor, args.id);
      if (!row) throw invalidInput("id", "Không tìm thấy PAKN.", "PAKN not found.");
      const sender = knownSender(row);
      const question = row.publishedQuestion ?? row.content;
      const answer = row.publishedText ?? currentAnswer(row)?.text ?? null;
      return {
        question,
        questionSpans: detectPersonalData(question, sender),
        answer,
        answerSpans: answer ? detectPersonalData(answer, sender) : [],
      };
    },
    complaintDeadlineRules: async (_: unknown, __: unknown, { actor, deps }: Context) => {
      requireUser(actor);
      return rulesView((await loadSettings(deps.db)).rules);
    },
  },

  Mutation: {
    createComplaintAnswerTemplate: (_: unknown, args: { input: AnswerTemplateInput }, { actor, deps }: Context) =>
      createAnswerTemplate(deps, actor, args.input),
    updateComplaintAnswerTemplate: (_: unknown, args: { id: string; input: AnswerTemplateInput }, { actor, deps }: Context) =>
      updateAnswerTemplate(deps, actor, args.id, args.input),
    deleteComplaintAnswerTemplate: (_: unknown, args: { id: string }, { actor, deps }: Context) =>
      deleteAnswerTemplate(deps, actor, args.id),
    updateComplaintPersonalDataRetention: (_: unknown, args: { months: number }, { actor, deps }: Context) =>
      updateRetention(deps, actor, args.months),
    exportComplaintRegister: (_: unknown, args: RegisterRequest, { actor, deps }: Context) => exportComplaintRegister(deps, actor, args),
    submitComplaint: (
      _: unknown,
      args: { input: Parameters<typeof submitComplaint>[4]; challenge: { nonce: string; counter: string } },
      { actor, correlationId, deps, request }: Context,
    ) => submitComplaint(deps, requestClientKey(request), actor, correlationId, args.input, args.challenge),
    rateComplaintAnswer: (_: unknown, args: RatingInput, { actor, correlationId, deps, request }: Context) =>
      rateComplaintAnswer(deps, requestClientKey(request), actor, correlationId, args),
    intakeComplaint: async (
      _: unknown,
      args: { input: Parameters<typeof intakeComplaint>[3] },
      { actor, correlationId, deps }: Context,
    ) => {
      const { row, receipt } = await intakeComplaint(deps, actor, correlationId, args.input);
      return { complaint: row, receipt };
    },
    classifyComplaint: command<{
      input: {
        kind: ComplaintKind;
        category: ContentCategory;
        field: string;
        regulation: string;
        concernedUnitId?: string | null;
        reason?: string | null;
      };
    }>(({ input }) => ({ type: "classify", ...input, reason: input.reason ?? undefined })),
    transferComplaint: command<{ units: Array<{ unitId: string; lead: boolean }>; reason?: string | null }>(({ units, reason }) => ({
      type: "transfer",
      units,
      reason: reason ?? undefined,
    })),
    draftComplaintAnswer: command<{ text: string; documentNumber: string; documentDate: string }>((a) => ({
      type: "draftAnswer",
      text: a.text,
      documentNumber: a.documentNumber,
      documentDate: a.documentDate as never,
    })),
    contributeToComplaint: command<{ text: string }>(({ text }) => ({ type: "contribute", text })),
    approveComplaintAnswer: command<{ reason?: string | null }>(({ reason }) => ({ type: "approveAnswer", reason: reason ?? undefined })),
    returnComplaintAnswer: command<{ reason: string }>(({ reason }) => ({ type: "returnAnswer", reason })),
    sendComplaintAnswer: command(() => ({ type: "sendAnswer" })),
    publishComplaint: command<{ publishedQuestion: string; publishedText: string; personalDataRemovedConfirmed: boolean }>((a) => ({
      type: "publish",
      publishedQuestion: a.publishedQuestion,
      publishedText: a.publishedText,
      // The domain refuses anything but true, with its own message.
      personalDataRemovedConfirmed: a.personalDataRemovedConfirmed as true,
    })),
    closeComplaint: command<{ reason?: string | null }>(({ reason }) => ({ type: "close", reason: reason ?? undefined })),
    returnComplaint: command<{ reason: string; guidance: string }>(({ reason, guidance }) => ({ type: "return", reason, guidance })),
    mergeComplaint: command<{ intoId: string; reason?: string | null }>(({ intoId, reason }) => ({
      type: "merge",
      // The status is read under the lock by the use case.
      into: { id: intoId, status: "received" },
      reason: reason ?? undefined,
    })),
    pauseComplaint: command<{ reason: string }>(({ reason }) => ({ type: "pause", reason })),
    resumeComplaint: command<{ reason?: string | null }>(({ reason }) => ({ type: "resume", reason: reason ?? undefined })),
    extendComplaint: command<{ reason: string }>(({ reason }) => ({ type: "extend", reason })),
    reissueComplaintSecret: (_: unknown, args: { id: string; reason: string }, { actor, correlationId, deps }: Context) =>
      reissueSecret(deps, actor, correlationId, args.id, args.reason),
    revealComplaintSender: (_: unknown, args: { id: string; reason: string }, { actor, deps }: Context) =>
      revealSender(deps, actor, args.id, args.reason),
    updateComplaintDeadlineRules: async (
      _: unknown,
      args: { input: Omit<DeadlineRules, "officeHoursCutoff"> & { officeHoursCutoff?: string | null } },
      { actor, deps }: Context,
    ) => {
      const user = requireRole(actor, "CITY_ADMIN");
      const parsed = deadlineRulesSchema.safeParse({ ...args.input, officeHoursCutoff: parseCutoff(args.input.officeHoursCutoff) });
      if (!parsed.success) {
        throw invalidInput(
          String(parsed.error.issues[0]?.path[0] ?? "input"),
          "Số ngày làm việc phải là số nguyên từ 0 đến 365.",
          "Working days must be whole numbers 0–365.",
        );
      }
      await saveDeadlineRules(deps.db, parsed.data, user.userId);
      return rulesView(parsed.data);
    },
  },

  // The directory's Unit: the preview of a reorganisation asks what this service would move (CITY_ADMIN, field policy).
  Unit: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    complaintsWorkToMove: (unit: { id: string }, _: unknown, context: Context) => {
      requireRole(context.actor, "CITY_ADMIN");
      return loadersOf(context).workToMove(unit.id);
    },
  },

  Complaint: {
    // Another service's reference (reporting's drill-down), read as `complaint` reads one; the batch in one query.
    __resolveReference: (ref: { id: string }, context: Context) => loadersOf(context).complaint(ref.id),
    channel: (row: ComplaintRow) => row.channel as Channel,
    statusLabel: (row: ComplaintRow) => STATUS_LABELS[stateOf(row).status].vi,
    statusText: (row: ComplaintRow) => STATUS_LABELS[stateOf(row).status],
    classification: (row: ComplaintRow) => {
      const classification = stateOf(row).classification;
      return classification ? { ...classification, complaint: row } : null;
    },
    units: async (row: ComplaintRow, _: unknown, { deps }: Context) => {
      const names = await unitNames(
        deps.db,
        row.transfers.map((t) => t.unitId),
      );
      return row.transfers.map((t) => ({ unitId: t.unitId, lead: t.lead, name: names.get(t.unitId) ?? t.unitId }));
    },
    due: (row: ComplaintRow) => stateOf(row).due,
    currentDue: (row: ComplaintRow) => watchedDeadline(stateOf(row))?.dueDay ?? null,
    dueStatus: async (row: ComplaintRow, _: unknown, { deps }: Context) => {
      const watched = watchedDeadline(stateOf(row));
      if (!watched) return null;
      return dueStatus(watched.dueDay, deps.now(), deps.calendar, (await loadSettings(deps.db)).rules);
    },
    pauses: (row: ComplaintRow) => stateOf(row).pauses.map((p) => ({ ...p, complaint: row })),
    extended: (row: ComplaintRow) => row.extendedAt !== null,
    senderHidden: (row: ComplaintRow, _: unknown, { actor }: Context) => senderIsHidden(actor, row),
    // Who may read the sender, the attachments and each text is the field policy's (field-policy.ts).
    sender: async (row: ComplaintRow, _: unknown, { actor, deps }: Context) => {
      await logPersonalDataRead(deps, actor, row, "read");
      return { name: row.senderName, address: row.senderAddress, phone: row.senderPhone, email: row.senderEmail };
    },
    answer: (row: ComplaintRow) => {
      const answer = currentAnswer(row);
      return answer ? answerView(answer, row) : null;
    },
    answers: (row: ComplaintRow) => row.answers.map((a) => answerView(a, row)),
    contributions: (row: ComplaintRow) => row.contributions.map((c) => ({ ...c, complaint: row })),
    rating: (row: ComplaintRow) => (row.rating ? { ...row.rating, complaint: row } : null),
    mergedInto: (row: ComplaintRow, _: unknown, { actor, deps }: Context) =>
      row.mergedIntoId ? getComplaint(deps, actor, row.mergedIntoId) : null,
    attachments: async (row: ComplaintRow, _: unknown, { deps }: Context) => {
      const files = await deps.db.attachment.findMany({ where: { complaintId: row.id }, orderBy: { name: "asc" } });
      return files.map((f) => ({ ...f, url: `/files/complaints/${f.fileId}` }));
    },
    auditTrail: async (row: ComplaintRow, _: unknown, { deps }: Context) =>
      (await deps.db.auditEntry.findMany({ where: { complaintId: row.id }, orderBy: { id: "asc" } })).map((e) => ({
        ...e,
        complaint: row,
      })),
    duplicateSuggestions: (row: ComplaintRow, _: unknown, { deps }: Context) => duplicateSuggestions(deps, row),
    allowedActions: (row: ComplaintRow, _: unknown, { actor }: Context) => availableCommands(stateOf(row), domainActor(actor)),
  },
};
