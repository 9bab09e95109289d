/**
 * An inspection from its scheduling to its checklist: the team and the decision that formed it, the start
 * (the template version's criteria copied, the unit's self-assessment due), and the two columns of answers.
 */
import { fromDbDate, fromDbDateOrNull, toDbDate, toLocalDate, type LocalDate } from "@tthc/calendar";
import { enqueue } from "@tthc/messaging";
import { isUuid, type Actor, type ChangeContext } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { Inspection, InspectionStatus, InspectionType, Prisma } from "../db/generated/client.ts";
import {
  actsForTeam,
  actsForUnit,
  answerValueProblem,
  calendar,
  canReadInspection,
  inspectionScope,
  isCityOffice,
  refusal,
  SELF_ASSESSMENT_WORKING_DAYS,
} from "../domain/index.ts";
import { inspectionLink, inspectionsEvent } from "../events/outgoing.ts";
import { changeDay } from "./clock.ts";
import { domainError, forbiddenVi, inspectionNotFound, refuseIf } from "./errors.ts";
import { issueConclusionNotice, type DocumentDeps } from "./documents.ts";
import { checkEvidence } from "./evidence.ts";
import { currentVersion, ensureDefaultTemplate } from "./templates.ts";

type Tx = Prisma.TransactionClient;

/** The inspection if the actor may read it; otherwise not found (its existence is not disclosed). */
export async function readableInspection(db: Db | Tx, actor: Actor, id: string): Promise<Inspection> {
  const inspection = await db.inspection.findUnique({ where: { id } });
  if (!inspection || !canReadInspection(actor, inspection)) throw inspectionNotFound();
  return inspection;
}

/**
 * The inspections of these ids the actor may read, in one query (another service's references: reporting's
 * drill-down); the others are left out, as `readableInspection` would not disclose them.
 */
export async function readableInspections(db: Db, actor: Actor, ids: readonly string[]): Promise<Map<string, Inspection>> {
  const rows = await db.inspection.findMany({ where: { id: { in: ids.filter(isUuid) } } });
  return new Map(rows.filter((i) => canReadInspection(actor, i)).map((i) => [i.id, i]));
}

export interface InspectionFilter {
  year?: number | null;
  unitId?: string | null;
  status?: InspectionStatus | null;
  type?: InspectionType | null;
}

export const MAX_PAGE = 200;

/** One page of the inspections the actor may read, in the order they are scheduled; filtered and paged in SQL. */
export async function listInspections(db: Db, actor: Actor, filter: InspectionFilter, page: { limit: number; offset: number }) {
  const scope = inspectionScope(actor);
  if (scope.kind === "none") throw forbiddenVi("Bạn không có quyền xem các cuộc kiểm tra.", "You may not read inspections.");
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE || !Number.isInteger(page.offset) || page.offset < 0)
    throw domainError(refusal("BAD_PAGE", `Mỗi trang từ 1 đến ${MAX_PAGE} dòng.`, `A page holds 1–${MAX_PAGE} rows.`, "limit"));
  const where: Prisma.InspectionWhereInput = {
    ...(scope.kind === "unit" ? { unitId: scope.unitId } : filter.unitId ? { unitId: filter.unitId } : {}),
    ...(scope.kind === "unit" && filter.unitId && filter.unitId !== scope.unitId ? { id: { in: [] } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.year
      ? { windowStart: { gte: toDbDate(`${filter.year}-01-01` as LocalDate), lte: toDbDate(`${filter.year}-12-31` as LocalDate) } }
      : {}),
  };
  const [total, items] = await Promise.all([
    db.inspection.count({ where }),
    db.inspection.findMany({
      where,
      orderBy: [{ windowStart: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: page.limit,
      skip: page.offset,
    }),
  ]);
  return { total, items };
}

export interface TeamInput {
  decisionNumber: string;
  decisionDate: LocalDate;
  startDay: LocalDate;
  endDay: LocalDate;
  members: { userId: string; name: string; role: "lead" | "member" | "secretary" }[];
}

function teamProblem(input: TeamInput) {
  if (!input.decisionNumber.trim())
    return refusal(
      "BLANK_DECISION",
      "Vui lòng nhập số quyết định thành lập đoàn kiểm tra.",
      "The forming decision's number is required.",
      "decisionNumber",
    );
  if (input.startDay > input.endDay)
    return refusal(
      "BAD_DATES",
      "Ngày kết thúc kiểm tra không được trước ngày bắt đầu.",
      "The visit cannot end before it starts.",
      "endDay",
    );
  if (input.decisionDate > input.startDay)
    return refusal(
      "DECISION_AFTER_START",
      "Quyết định thành lập đoàn phải ban hành trước ngày kiểm tra.",
      "The team is formed before the visit.",
      "decisionDate",
    );
  if (input.members.filter((m) => m.role === "lead").length !== 1)
    return refusal("ONE_LEAD", "Đoàn kiểm tra phải có đúng một trưởng đoàn.", "A team has exactly one lead.", "members");
  if (new Set(input.members.map((m) => m.userId)).size !== input.members.length)
    return refusal("DUPLICATE_MEMBER", "Một người chỉ có một vai trò trong đoàn kiểm tra.", "A person is on the team once.", "members");
  if (input.members.some((m) => !m.userId.trim() || !m.name.trim()))
    return refusal(
      "BLANK_MEMBER",
      "Mỗi thành viên đoàn cần có tài khoản và họ tên.",
      "Every member needs an account and a name.",
      "members",
    );
  return null;
}

/** The city office forms the team by a decision (number, date) and sets the visit's days; until the inspection is concluded. */
export async function formTeam(db: Db, inspectionId: string, input: TeamInput, ctx: ChangeContext) {
  if (!isCityOffice(ctx.actor))
    throw forbiddenVi("Chỉ Văn phòng được thành lập đoàn kiểm tra.", "Only the city office forms inspection teams.");
  refuseIf(teamProblem(input));
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    if (inspection.status === "concluded")
      throw domainError(refusal("CONCLUDED", "Cuộc kiểm tra đã kết luận; không thể thay đổi đoàn.", "The inspection is concluded."));
    await tx.teamMember.deleteMany({ where: { inspectionId } });
    await tx.teamMember.createMany({
      data: input.members.map((m) => ({ inspectionId, userId: m.userId.trim(), name: m.name.trim(), role: m.role })),
    });
    return tx.inspection.update({
      where: { id: inspectionId },
      data: {
        decisionNumber: input.decisionNumber.trim(),
        decisionDate: toDbDate(input.decisionDate),
        startDay: toDbDate(input.startDay),
        endDay: toDbDate(input.endDay),
      },
    });
  });
}

/**
 * Start (mở cuộc kiểm tra): copy the criteria of the template's current version into the inspection, so
 * a later edit of the template does not rewrite it, and give the unit its self-assessment due day.
 */
export async function startInspection(db: Db, inspectionId: string, templateId: string | null, ctx: ChangeContext) {
  if (templateId === null) await ensureDefaultTemplate(db);
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId } });
    if (!actsForTeam(ctx.actor, members))
      throw forbiddenVi(
        "Chỉ đoàn kiểm tra hoặc Văn phòng được mở cuộc kiểm tra.",
        "Only the team or the city office starts an inspection.",
      );
    if (!inspection.decisionNumber || members.length === 0)
      throw domainError(refusal("NO_TEAM", "Chưa có quyết định thành lập đoàn kiểm tra.", "The team has not been formed yet."));
    const { version, groups } = await currentVersion(tx, templateId);
    const claimed = await tx.inspection.updateMany({
      where: { id: inspectionId, status: "scheduled" },
      data: {
        status: "started",
        startedAt: ctx.now,
        templateVersionId: version.id,
        selfAssessmentDue: toDbDate(calendar.addWorkingDays(changeDay(ctx), SELF_ASSESSMENT_WORKING_DAYS)),
      },
    });
    if (claimed.count !== 1)
      throw domainError(refusal("ALREADY_STARTED", "Cuộc kiểm tra đã được mở trước đó.", "The inspection has already started."));
    let order = 0;
    await tx.criterion.createMany({
      data: groups.flatMap((group) =>
        group.criteria.map((c) => ({
          inspectionId,
          groupCode: group.code,
          groupName: group.name,
          code: c.code,
          order: ++order,
          text: c.text,
          kind: c.kind,
          maxScore: c.maxScore ?? null,
        })),
      ),
    });
    const started = await tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.inspection.started",
        inspectionId,
        {
          inspectionId,
          unitId: inspection.unitId,
          templateVersionId: version.id,
          selfAssessmentDue: fromDbDate(started.selfAssessmentDue!),
          title: `Tự đánh giá trước kiểm tra: hạn ${fromDbDate(started.selfAssessmentDue!).split("-").reverse().join("/")}`,
          link: inspectionLink(inspectionId),
        },
        ctx,
      ),
    );
    return started;
  });
}

export interface AnswerInput {
  criterionId: string;
  /** null clears the answer. */
  value: number | null;
  note?: string | null;
  /** Evidence files (uploaded first); null or absent keeps those already attached. */
  fileIds?: string[] | null;
}

type Column = "self" | "team";

/** Write one column of answers; every answer is checked first, so a bad one changes nothing. */
async function writeAnswers(tx: Tx, actor: Actor, inspectionId: string, column: Column, answers: AnswerInput[]): Promise<void> {
  const criteria = await tx.criterion.findMany({ where: { inspectionId, id: { in: answers.map((a) => a.criterionId) } } });
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const answer of answers) {
    const criterion = byId.get(answer.criterionId);
    if (!criterion)
      throw domainError(
        refusal("UNKNOWN_CRITERION", "Tiêu chí không thuộc phiếu kiểm tra này.", "The criterion is not on this checklist.", "answers"),
      );
    if (answer.value !== null) refuseIf(answerValueProblem(criterion, answer.value));
  }
  const files = new Map<string, string[]>();
  for (const answer of answers)
    if (answer.fileIds) files.set(answer.criterionId, await checkEvidence(tx, actor, answer.fileIds, "answers.fileIds"));
  for (const answer of answers) {
    const note = answer.note?.trim() || null;
    const fileIds = files.get(answer.criterionId);
    await tx.criterion.update({
      where: { id: answer.criterionId },
      data:
        column === "self"
          ? { selfValue: answer.value, selfNote: note, ...(fileIds ? { selfFileIds: fileIds } : {}) }
          : { teamValue: answer.value, teamNote: note, ...(fileIds ? { teamFileIds: fileIds } : {}) },
    });
  }
}

const notStarted = () =>
  domainError(
    refusal(
      "NOT_STARTED",
      "Cuộc kiểm tra chưa mở phiếu kiểm tra hoặc đã kết luận.",
      "The checklist is not open (not started, or concluded).",
    ),
  );

/** The inspected unit's column, until it submits it (`submit`); a submission after the due day is kept and shown as late. */
export async function recordSelfAssessment(db: Db, inspectionId: string, answers: AnswerInput[], submit: boolean, ctx: ChangeContext) {
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    if (!actsForUnit(ctx.actor, inspection.unitId))
      throw forbiddenVi(
        "Chỉ cán bộ của đơn vị được kiểm tra được tự đánh giá.",
        "Only the inspected unit's officers fill the self-assessment.",
      );
    if (inspection.status !== "started") throw notStarted();
    if (inspection.selfSubmittedAt)
      throw domainError(
        refusal("SELF_SUBMITTED", "Đơn vị đã gửi bản tự đánh giá; không thể sửa.", "The self-assessment was already submitted."),
      );
    await writeAnswers(tx, ctx.actor, inspectionId, "self", answers);
    if (submit) return tx.inspection.update({ where: { id: inspectionId }, data: { selfSubmittedAt: ctx.now } });
    return inspection;
  });
}

/** The team's column, beside the unit's. */
export async function recordTeamAssessment(db: Db, inspectionId: string, answers: AnswerInput[], ctx: ChangeContext) {
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId } });
    if (!actsForTeam(ctx.actor, members))
      throw forbiddenVi("Chỉ thành viên đoàn kiểm tra được đánh giá.", "Only the team records its assessment.");
    if (inspection.status !== "started") throw notStarted();
    await writeAnswers(tx, ctx.actor, inspectionId, "team", answers);
    return inspection;
  });
}

/** Was the self-assessment late (submitted after its due day, or still missing once it has passed)? */
export function selfAssessmentLate(inspection: Inspection, today: LocalDate): boolean {
  const due = fromDbDateOrNull(inspection.selfAssessmentDue);
  if (!due) return false;
  const submittedOn = inspection.selfSubmittedAt ? toLocalDate(inspection.selfSubmittedAt) : null;
  return submittedOn ? submittedOn > due : today > due;
}

export interface ConclusionInput {
  conclusionNumber: string;
  concludedOn: LocalDate;
}

/**
 * Concluded (kết luận) means the conclusion notice was issued with a number; its day is not before the
 * visit's last day nor after today. The checklist closes; recommendations go on being answered and verified.
 * The notice itself (DOCX) is made and stored in the same transaction.
 */
export async function concludeInspection(db: Db, deps: DocumentDeps, inspectionId: string, input: ConclusionInput, ctx: ChangeContext) {
  if (!input.conclusionNumber.trim())
    throw domainError(
      refusal(
        "BLANK_NUMBER",
        "Vui lòng nhập số thông báo kết luận kiểm tra.",
        "The conclusion notice's number is required.",
        "conclusionNumber",
      ),
    );
  const today = changeDay(ctx);
  if (input.concludedOn > today)
    throw domainError(
      refusal(
        "CONCLUDED_IN_FUTURE",
        "Ngày kết luận không được sau ngày hôm nay.",
        "The conclusion cannot be dated after today.",
        "concludedOn",
      ),
    );
  return db.$transaction(async (tx) => {
    const inspection = await readableInspection(tx, ctx.actor, inspectionId);
    const members = await tx.teamMember.findMany({ where: { inspectionId } });
    if (!actsForTeam(ctx.actor, members))
      throw forbiddenVi("Chỉ đoàn kiểm tra hoặc Văn phòng được kết luận kiểm tra.", "Only the team or the city office concludes.");
    const lastVisitDay = fromDbDateOrNull(inspection.endDay);
    if (lastVisitDay && input.concludedOn < lastVisitDay)
      throw domainError(
        refusal(
          "CONCLUDED_BEFORE_VISIT",
          `Ngày kết luận không được trước ngày kết thúc kiểm tra (${lastVisitDay.split("-").reverse().join("/")}).`,
          "The conclusion cannot be dated before the visit ends.",
          "concludedOn",
        ),
      );
    const claimed = await tx.inspection.updateMany({
      where: { id: inspectionId, status: "started" },
      data: { status: "concluded", conclusionNumber: input.conclusionNumber.trim(), concludedOn: toDbDate(input.concludedOn) },
    });
    if (claimed.count !== 1) throw notStarted();
    const conclusionFileId = await issueConclusionNotice(
      tx,
      deps,
      ctx,
      await tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } }),
    );
    await tx.inspection.update({ where: { id: inspectionId }, data: { conclusionFileId } });
    await enqueue(
      tx,
      inspectionsEvent(
        "inspections.inspection.concluded",
        inspectionId,
        {
          inspectionId,
          unitId: inspection.unitId,
          concludedOn: input.concludedOn,
          conclusionNumber: input.conclusionNumber.trim(),
          title: `Thông báo kết luận kiểm tra số ${input.conclusionNumber.trim()}`,
          link: inspectionLink(inspectionId),
          windowStart: fromDbDate(inspection.windowStart),
          windowEnd: fromDbDate(inspection.windowEnd),
        },
        ctx,
      ),
    );
    return tx.inspection.findUniqueOrThrow({ where: { id: inspectionId } });
  });
}
