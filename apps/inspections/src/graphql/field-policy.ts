/**
 * Who reads which field of an inspection (docs/domain.md §9, docs/security.md §2), applied by service-kit's
 * field policies to every path that reaches the object. Staff read what their role and unit let them load
 * (domain/access.ts). Partners with `inspections:read` read the schedule and the outcome — unit, type,
 * dates, status, the decision's and the notice's numbers, the unit's figures and recommendations' states —
 * never the team (officials' names), the checklist's notes, findings' or recommendations' texts (they may
 * name people) nor any file.
 */
import { readers, typePolicy, type FieldPolicies, type FieldRule } from "@tthc/service-kit";
import type { Inspection, Recommendation } from "../db/generated/client.ts";
import type { Context } from "./resolvers.ts";

const STAFF = readers.anyUser;
const PARTNER = readers.partner("inspections:read");

const everyone: FieldRule<unknown, Context> = [{ reader: STAFF }, { reader: PARTNER }];
const staff: FieldRule<unknown, Context> = [{ reader: STAFF }];

export const fieldPolicies: FieldPolicies<Context> = {
  Inspection: typePolicy<Inspection, Context>({
    fields: {
      id: everyone,
      planId: everyone,
      unitId: everyone,
      unitName: everyone,
      // Units and the public decision's number: the schedule's history.
      transfers: everyone,
      type: everyone,
      focus: everyone,
      status: everyone,
      windowStart: everyone,
      windowEnd: everyone,
      startDay: everyone,
      endDay: everyone,
      decisionNumber: everyone,
      decisionDate: everyone,
      templateVersionId: everyone,
      template: everyone,
      selfAssessmentDue: everyone,
      selfSubmittedAt: everyone,
      selfAssessmentLate: everyone,
      conclusionNumber: everyone,
      concludedOn: everyone,
      conclusionNotice: staff,
      closedAt: everyone,
      unitFigures: everyone,
      team: staff,
      checklist: staff,
      findings: staff,
    },
  }),
  Recommendation: typePolicy<Recommendation, Context>({
    fields: {
      id: everyone,
      inspectionId: everyone,
      findingId: everyone,
      text: staff,
      responsibleUnitId: everyone,
      responsibleUnitName: everyone,
      transfers: everyone,
      dueDay: everyone,
      overdue: everyone,
      status: everyone,
      answer: staff,
      answeredAt: everyone,
      answerFiles: staff,
      returnReason: staff,
      verifiedAt: everyone,
      carryOverReason: staff,
    },
  }),
};
