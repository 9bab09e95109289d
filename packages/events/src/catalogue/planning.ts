import { z } from "zod";
import { defineEvent } from "../define.ts";

const PLAN_TOPIC = "planning.plan.v1";
const TASK_TOPIC = "planning.task.v1";
const OCCURRENCE_TOPIC = "planning.occurrence.v1";
const UNIT_PLAN_TOPIC = "planning.unit-plan.v1";

const day = z.iso.date();

/** What the directory needs to put a notification in a unit's inbox. */
const notification = {
  unitId: z.string().min(1).describe("the unit to notify"),
  title: z.string().min(1).describe("short Vietnamese title of the notification"),
  link: z.string().startsWith("/").describe("path of the web app page to open"),
};

const occurrenceRef = {
  ...notification,
  occurrenceId: z.uuid(),
  planId: z.uuid(),
  taskId: z.uuid(),
  taskLabel: z.string().min(1).describe('section and task number, e.g. "VIII.1"'),
  dueDay: day.describe("the day the occurrence is due (a working day)"),
};

const status = z.enum(["not_started", "in_progress", "done", "blocked"]);

const unitPlanRef = {
  ...notification,
  planId: z.uuid(),
  unitPlanId: z.uuid(),
  filingUnitId: z.string().min(1).describe("the unit whose own plan this is"),
};

export const planningEvents = [
  defineEvent({
    type: "planning.plan.issued",
    version: 1,
    topic: PLAN_TOPIC,
    description: "A plan (kế hoạch) was issued: its tasks are assigned and their occurrences exist.",
    data: z.object({
      planId: z.uuid(),
      year: z.number().int(),
      title: z.string().min(1),
      issuingUnitId: z.string().min(1),
      decisionNumber: z.string().nullable(),
      taskCount: z.number().int().nonnegative(),
      occurrenceCount: z.number().int().nonnegative(),
      leadUnitIds: z.array(z.string().min(1)).describe("every unit that owes occurrences"),
    }),
  }),
  defineEvent({
    type: "planning.task.assigned",
    version: 1,
    topic: TASK_TOPIC,
    description:
      "Tasks of an issued plan were assigned to a lead unit. One digest per unit and plan (not one per task), so issuing a plan whose dates have passed does not flood the unit.",
    data: z.object({
      ...notification,
      planId: z.uuid(),
      taskCount: z.number().int().positive(),
      occurrenceCount: z.number().int().nonnegative(),
      overdueCount: z.number().int().nonnegative().describe("occurrences already past due when assigned (the backlog)"),
      nextDueDay: day.nullable().describe("the earliest due day not yet past, if any"),
    }),
  }),
  defineEvent({
    type: "planning.occurrence.reported",
    version: 1,
    topic: OCCURRENCE_TOPIC,
    description: "A unit reported progress on an occurrence (with its evidence); the city office reviews it.",
    data: z.object({
      ...occurrenceRef,
      reportId: z.uuid(),
      status,
      reportingUnitId: z.string().min(1).describe("the lead unit, or a coordinating unit adding to the report"),
      hasEvidence: z.boolean(),
    }),
  }),
  defineEvent({
    type: "planning.occurrence.accepted",
    version: 1,
    topic: OCCURRENCE_TOPIC,
    description: "The city office accepted a progress report, or planning one it wrote from another service's record (a linked task).",
    data: z.object({ ...occurrenceRef, reportId: z.uuid(), status, comment: z.string().nullable() }),
  }),
  defineEvent({
    type: "planning.occurrence.returned",
    version: 1,
    topic: OCCURRENCE_TOPIC,
    description: "The city office returned a progress report with a comment; the unit must report again.",
    data: z.object({ ...occurrenceRef, reportId: z.uuid(), comment: z.string().min(1) }),
  }),
  defineEvent({
    type: "planning.occurrence.due-soon",
    version: 1,
    topic: OCCURRENCE_TOPIC,
    description: "An occurrence not yet done is due within a few working days (Asia/Ho_Chi_Minh calendar).",
    data: z.object({ ...occurrenceRef, workingDaysLeft: z.number().int().nonnegative() }),
  }),
  defineEvent({
    type: "planning.occurrence.overdue",
    version: 1,
    topic: OCCURRENCE_TOPIC,
    description: "An occurrence passed its due day without being done.",
    data: z.object({ ...occurrenceRef, workingDaysLate: z.number().int().positive() }),
  }),
  defineEvent({
    type: "planning.unit-plan.submitted",
    version: 1,
    topic: UNIT_PLAN_TOPIC,
    description: "A unit submitted its own plan (kế hoạch của đơn vị) for the city office to review; `unitId` is the city office.",
    data: z.object({
      ...unitPlanRef,
      submittedOn: day.describe("the day in Vietnam it was submitted"),
      deadline: day.nullable().describe("the decision's deadline for unit plans"),
      late: z.boolean().describe("submitted after the deadline (a deadline on a day off runs to the next working day)"),
    }),
  }),
  defineEvent({
    type: "planning.unit-plan.accepted",
    version: 1,
    topic: UNIT_PLAN_TOPIC,
    description: "The city office accepted a unit's plan; `unitId` is the filing unit.",
    data: z.object({ ...unitPlanRef, comment: z.string().nullable() }),
  }),
  defineEvent({
    type: "planning.unit-plan.returned",
    version: 1,
    topic: UNIT_PLAN_TOPIC,
    description: "The city office returned a unit's plan with a comment; the unit edits and submits again.",
    data: z.object({ ...unitPlanRef, comment: z.string().min(1) }),
  }),
] as const;
