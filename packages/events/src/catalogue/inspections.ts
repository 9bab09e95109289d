import { z } from "zod";
import { defineEvent } from "../define.ts";

const PLAN_TOPIC = "inspections.plan.v1";
const INSPECTION_TOPIC = "inspections.inspection.v1";
const RECOMMENDATION_TOPIC = "inspections.recommendation.v1";

const day = z.iso.date();
const inspectionType = z
  .enum(["periodic", "unannounced", "thematic"])
  .describe("periodic (định kỳ), unannounced (đột xuất), thematic (chuyên đề)");

/** What the directory needs to put a notification in a unit's inbox. */
const notification = {
  unitId: z.string().min(1).describe("the unit to notify (the inspected or responsible unit)"),
  title: z.string().min(1).describe("short Vietnamese title"),
  link: z.string().startsWith("/").describe("path of the inspection in the web app"),
};

const recommendationRef = {
  ...notification,
  recommendationId: z.uuid(),
  inspectionId: z.uuid(),
  findingId: z.uuid(),
  dueDay: day.describe("the day the recommendation is due (working days after the visit)"),
};

/** Events of the year's inspection plan (kế hoạch kiểm tra); the subject is the plan id. */
const planEvents = [
  defineEvent({
    type: "inspections.plan.approved",
    version: 1,
    topic: PLAN_TOPIC,
    description:
      "A leader approved the year's inspection plan (phê duyệt kế hoạch kiểm tra); each of its inspections is scheduled (inspections.inspection.scheduled).",
    data: z.object({
      planId: z.uuid(),
      year: z.number().int(),
      title: z.string().min(1),
      approvedOn: day.describe("the day of the approval"),
      inspectionCount: z.number().int().nonnegative(),
      unitIds: z.array(z.string().min(1)).describe("every unit the plan inspects, once each"),
    }),
  }),
] as const;

/** Events of an inspection (kiểm tra); the subject is the inspection id. */
export const inspectionEvents = [
  ...planEvents,
  defineEvent({
    type: "inspections.inspection.scheduled",
    version: 1,
    topic: INSPECTION_TOPIC,
    description: "An inspection of a unit was scheduled (by an approved plan) in a month or quarter.",
    data: z.object({
      ...notification,
      inspectionId: z.uuid(),
      planId: z.uuid().nullable(),
      type: inspectionType,
      windowStart: day.describe("first day of the month or quarter it is scheduled in"),
      windowEnd: day.describe("last day of that month or quarter"),
    }),
  }),
  defineEvent({
    type: "inspections.inspection.started",
    version: 1,
    topic: INSPECTION_TOPIC,
    description: "An inspection started: its checklist is open and the inspected unit owes its self-assessment (tự đánh giá) by a due day.",
    data: z.object({
      ...notification,
      inspectionId: z.uuid(),
      templateVersionId: z.uuid().describe("the checklist template version the inspection copied"),
      selfAssessmentDue: day.describe("the day the unit's self-assessment is due (working days from the start)"),
    }),
  }),
  defineEvent({
    type: "inspections.inspection.concluded",
    version: 1,
    topic: INSPECTION_TOPIC,
    description: "An inspection was concluded (kết luận kiểm tra); planning attaches it as evidence to the plan's linked inspection task.",
    data: z.object({
      inspectionId: z.string().min(1),
      unitId: z.string().min(1).describe("the inspected unit"),
      concludedOn: z.iso.date().describe("the day of the conclusion"),
      conclusionNumber: z.string().min(1).describe("number of the conclusion document (số kết luận)"),
      title: z.string().min(1).describe("short Vietnamese title"),
      link: z.string().startsWith("/").describe("path of the inspection in the web app"),
      windowStart: day.optional().describe("first day of the month or quarter the inspection was scheduled in (its period)"),
      windowEnd: day.optional().describe("last day of that month or quarter"),
    }),
  }),
  defineEvent({
    type: "inspections.inspection.closed",
    version: 1,
    topic: INSPECTION_TOPIC,
    description:
      "An inspection was closed (kết thúc theo dõi): every recommendation is verified or carried over to a follow-up inspection.",
    data: z.object({
      ...notification,
      inspectionId: z.uuid(),
      closedOn: day.describe("the day it was closed"),
      verifiedCount: z.number().int().nonnegative().describe("recommendations verified as done"),
      carriedOverCount: z.number().int().nonnegative().describe("recommendations carried over to a follow-up inspection"),
    }),
  }),
  defineEvent({
    type: "inspections.finding.recorded",
    version: 1,
    topic: INSPECTION_TOPIC,
    description: "The inspection team recorded a finding (phát hiện) at the inspected unit; the subject is the inspection id.",
    data: z.object({
      inspectionId: z.uuid(),
      findingId: z.uuid(),
      unitId: z.string().min(1).describe("the inspected unit"),
      criterionCode: z.string().nullable().describe("the checklist criterion it is about, if any"),
      severity: z.enum(["minor", "major", "serious"]),
    }),
  }),
  defineEvent({
    type: "inspections.recommendation.issued",
    version: 1,
    topic: RECOMMENDATION_TOPIC,
    description: "A recommendation (kiến nghị) of a finding was issued to the responsible unit; the subject is the recommendation id.",
    data: z.object(recommendationRef),
  }),
  defineEvent({
    type: "inspections.recommendation.answered",
    version: 1,
    topic: RECOMMENDATION_TOPIC,
    description: "The responsible unit answered a recommendation with what it did; the team verifies it next.",
    data: z.object(recommendationRef),
  }),
  defineEvent({
    type: "inspections.recommendation.returned",
    version: 1,
    topic: RECOMMENDATION_TOPIC,
    description: "The team found a unit's answer not sufficient and returned the recommendation with a reason.",
    data: z.object({ ...recommendationRef, reason: z.string().min(1) }),
  }),
  defineEvent({
    type: "inspections.recommendation.verified",
    version: 1,
    topic: RECOMMENDATION_TOPIC,
    description: "The team verified a recommendation as done (xác nhận đã thực hiện).",
    data: z.object(recommendationRef),
  }),
  defineEvent({
    type: "inspections.recommendation.overdue",
    version: 1,
    topic: RECOMMENDATION_TOPIC,
    description:
      "A recommendation passed its due day without the unit's answer (quá hạn); raised once per recommendation, for the responsible unit's inbox.",
    data: z.object({ ...recommendationRef, workingDaysLate: z.number().int().positive() }),
  }),
] as const;
