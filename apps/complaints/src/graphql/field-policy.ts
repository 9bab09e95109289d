/**
 * Who reads which field of a PAKN (docs/domain.md §9), one rule per field, applied to every path
 * that reaches the object (queries, mutation results, `_entities`) by service-kit's field policies.
 *
 * - Staff (any signed-in user) read what their role and unit let them load; a unit the PAKN concerns
 *   (its own officials are complained about) reads every free text with the sender's identifiers
 *   masked, and never the sender or the attachments (a scan shows who wrote it).
 * - Partners with `complaints:read` read statuses, limits, handling units and the published texts a
 *   person reviewed — never the sender's text, the answer letter, staff reasons or the audit trail.
 */
import { readers, typePolicy, type FieldPolicies, type FieldRule } from "@tthc/service-kit";
import type { ComplaintRow } from "../db/complaints.ts";
import { detectPersonalData, redact } from "../domain/index.ts";
import { knownSender } from "../use-cases/commands.ts";
import { senderIsHidden } from "../use-cases/staff-reads.ts";
import type { Context } from "./resolvers.ts";

/** A value reached from a complaint (answer, contribution, audit entry, pause, classification). */
export interface Within {
  complaint: ComplaintRow;
}

/** The text with the sender's identifiers (and anything that looks like personal data) masked. */
export function maskPersonalData(text: string, row: ComplaintRow): string {
  return redact(text, detectPersonalData(text, knownSender(row)));
}

const maskIfHidden = (value: unknown, row: ComplaintRow, { actor }: Context) =>
  typeof value === "string" && senderIsHidden(actor, row) ? maskPersonalData(value, row) : value;

type Rule<P> = FieldRule<P, Context>;

const STAFF = readers.anyUser;
const PARTNER = readers.partner("complaints:read");
const CITY_OFFICE = readers.roles("CITY_ADMIN", "LEADER");

/** Staff and partners. */
const everyone: Rule<unknown> = [{ reader: STAFF }, { reader: PARTNER }];
const staff: Rule<unknown> = [{ reader: STAFF }];
const cityAdmin: Rule<unknown> = [{ reader: readers.roles("CITY_ADMIN") }];
/** Staff; masked for a unit the sender is hidden from. */
const staffText: Rule<ComplaintRow> = [{ reader: STAFF, mask: maskIfHidden }];
const staffTextWithin: Rule<Within> = [{ reader: STAFF, mask: (value, parent, context) => maskIfHidden(value, parent.complaint, context) }];
/** Staff the sender is not hidden from. */
const senderVisible: Rule<ComplaintRow> = [{ reader: STAFF, when: (row, { actor }) => !senderIsHidden(actor, row) }];

export const fieldPolicies: FieldPolicies<Context> = {
  Complaint: typePolicy<ComplaintRow, Context>({
    reference: everyone,
    fields: {
      id: everyone,
      trackingCode: everyone,
      channel: everyone,
      receivedAt: everyone,
      receivedDay: everyone,
      status: everyone,
      statusText: everyone,
      statusLabel: everyone,
      regulation: staffText,
      content: staffText,
      classification: everyone,
      units: everyone,
      due: everyone,
      currentDue: everyone,
      dueStatus: everyone,
      pauses: everyone,
      extended: everyone,
      extensionReason: staffText,
      senderHidden: everyone,
      sender: senderVisible,
      answer: staff,
      answers: staff,
      contributions: staff,
      publishedAt: everyone,
      // Published only after a person confirmed the personal data was removed (and checked against the sender).
      publishedQuestion: everyone,
      publishedText: everyone,
      returnedReason: staffText,
      returnedGuidance: staffText,
      mergedInto: everyone,
      attachments: senderVisible,
      auditTrail: staff,
      duplicateSuggestions: [{ reader: CITY_OFFICE }],
      allowedActions: staff,
      personalDataErasedAt: everyone,
      rating: everyone,
    },
  }),
  ComplaintClassification: typePolicy<Within, Context>({
    fields: { kind: everyone, category: everyone, field: everyone, regulation: staffTextWithin, concernedUnitId: staff },
  }),
  ComplaintUnit: typePolicy<unknown, Context>({ fields: { unitId: everyone, name: everyone, lead: everyone } }),
  ComplaintDueDates: typePolicy<unknown, Context>({
    fields: { classify: everyone, outOfScopeTransfer: everyone, handle: everyone, answer: everyone },
  }),
  ComplaintPause: typePolicy<Within, Context>({ fields: { from: everyone, to: everyone, reason: staffTextWithin } }),
  ComplaintAnswer: typePolicy<Within, Context>({
    fields: {
      id: staff,
      unitId: staff,
      text: staffTextWithin,
      documentNumber: staff,
      documentDate: staff,
      status: staff,
      draftedAt: staff,
      reviewedAt: staff,
      reviewReason: staffTextWithin,
    },
  }),
  // Satisfied or not is a figure (it is in the event too); the comment is the sender's free text, read like the content.
  ComplaintRating: typePolicy<Within, Context>({ fields: { satisfied: everyone, ratedAt: everyone, comment: staffTextWithin } }),
  ComplaintContribution: typePolicy<Within, Context>({ fields: { unitId: staff, text: staffTextWithin, at: staff } }),
  ComplaintAuditEntry: typePolicy<Within, Context>({
    fields: { at: staff, actorId: staff, action: staff, reason: staffTextWithin, fromStatus: staff, toStatus: staff },
  }),
  ComplaintSender: typePolicy<unknown, Context>({ fields: { name: staff, address: staff, phone: staff, email: staff } }),
  ComplaintAttachment: typePolicy<unknown, Context>({ fields: { fileId: staff, name: staff, type: staff, size: staff, url: staff } }),
  // A reorganisation's preview is the city administrator's (docs/security.md); the reference is only an id.
  Unit: typePolicy<unknown, Context>({ reference: staff, fields: { id: staff, complaintsWorkToMove: cityAdmin } }),
  MovableWork: typePolicy<unknown, Context>({ fields: { what: cityAdmin, count: cityAdmin } }),
  DuplicateSuggestion: typePolicy<unknown, Context>({ fields: { complaint: [{ reader: CITY_OFFICE }], score: [{ reader: CITY_OFFICE }] } }),
};
