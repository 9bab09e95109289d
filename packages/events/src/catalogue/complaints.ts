import { z } from "zod";
import { defineEvent } from "../define.ts";

const COMPLAINT_TOPIC = "complaints.complaint.v1";

/**
 * Events of a PAKN (phản ánh, kiến nghị). None carries the sender's personal data (Decree 13/2023):
 * events are kept forever and read by partners; the subject is the complaint id.
 */
const day = z.iso.date();

const dueDatesSchema = z.object({
  classify: day.describe("due day of the classification (phân loại)"),
  outOfScopeTransfer: day.describe("legal limit to send an out-of-scope PAKN to the competent body (Decree 20/2008 Art 9.1.d)"),
  handle: day.nullable().describe("due day of the lead unit's answer; null before the transfer"),
  answer: day.describe("due day of the answer to the sender"),
});

const channelSchema = z.enum(["web", "in-person", "post", "phone", "email", "national-portal", "other-agency"]);
const statusSchema = z.enum([
  "received",
  "classified",
  "transferred",
  "handled",
  "approved",
  "answered",
  "published",
  "closed",
  "returned",
  "merged",
  "paused",
]);

/** The fields the directory's notification inbox reads (assigned, due-soon, overdue). */
const notification = {
  title: z.string().min(1).describe("short Vietnamese title for the in-app notification"),
  link: z.string().min(1).describe("path of the complaint in the web app"),
};

const deadlineAlert = z.object({
  step: z.enum(["classify", "handle", "answer"]).describe("the limit running out"),
  dueDay: day,
  unitId: z.string().min(1).nullable().describe("the unit to notify (the lead unit); null = the city office only"),
  unitIds: z.array(z.string().min(1)).describe("every unit handling the PAKN"),
  ...notification,
});

export const complaintEvents = [
  defineEvent({
    type: "complaints.complaint.received",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "A PAKN was received (tiếp nhận), on the public form or by staff intake.",
    data: z.object({ trackingCode: z.string().min(1), channel: channelSchema, receivedDay: day, due: dueDatesSchema }),
  }),
  defineEvent({
    type: "complaints.complaint.classified",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The city office classified the PAKN: feedback or petition, content category, field, regulation concerned.",
    data: z.object({
      kind: z.enum(["feedback", "petition"]),
      category: z.string().min(1),
      field: z.string().min(1).describe("lĩnh vực"),
      regulation: z.string().min(1),
      concernedUnitId: z
        .string()
        .min(1)
        .nullable()
        .describe("the unit whose own officials are concerned (its officers do not see the sender)"),
    }),
  }),
  defineEvent({
    type: "complaints.complaint.transferred",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The PAKN was transferred (chuyển xử lý) to handling units: one lead, others contributing.",
    data: z.object({ units: z.array(z.object({ unitId: z.string().min(1), lead: z.boolean() })).min(1), due: dueDatesSchema }),
  }),
  defineEvent({
    type: "complaints.complaint.assigned",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "One unit received the PAKN to handle (one event per unit of a transfer), for its notification inbox.",
    data: z.object({ unitId: z.string().min(1), lead: z.boolean(), dueDay: day.nullable(), ...notification }),
  }),
  defineEvent({
    type: "complaints.complaint.answer-drafted",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The lead unit drafted the answer (dự thảo văn bản trả lời).",
    data: z.object({ unitId: z.string().min(1), documentNumber: z.string().min(1) }),
  }),
  defineEvent({
    type: "complaints.complaint.contributed",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "A coordinating unit gave its input (ý kiến phối hợp).",
    data: z.object({ unitId: z.string().min(1) }),
  }),
  defineEvent({
    type: "complaints.complaint.answer-approved",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The city office approved the drafted answer.",
    data: z.object({}),
  }),
  defineEvent({
    type: "complaints.complaint.answer-returned",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The city office returned the drafted answer to the lead unit, with a reason.",
    data: z.object({ unitId: z.string(), reason: z.string().min(1) }),
  }),
  defineEvent({
    type: "complaints.complaint.answered",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The approved answer was sent to the sender (đã trả lời).",
    data: z.object({ unitId: z.string(), documentNumber: z.string().min(1), onTime: z.boolean().describe("sent by the answer due day") }),
  }),
  defineEvent({
    type: "complaints.complaint.rated",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description:
      "The sender rated the answer sent to them (đánh giá mức độ hài lòng): satisfied or not, once per PAKN. The sender's comment stays in complaints.",
    data: z.object({
      unitId: z.string().describe("the lead unit that answered; empty when the city office answered without a transfer"),
      unitIds: z.array(z.string().min(1)).describe("every unit handling the PAKN"),
      satisfied: z.boolean().describe("hài lòng (true) or chưa hài lòng (false)"),
      ratedAt: z.iso.datetime({ offset: true }).describe("when the sender rated"),
    }),
  }),
  defineEvent({
    type: "complaints.complaint.published",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The answer was published (công khai) after a person confirmed that personal data was removed.",
    data: z.object({}),
  }),
  defineEvent({
    type: "complaints.complaint.closed",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The PAKN was closed (kết thúc).",
    data: z.object({ outcome: statusSchema.describe("the state it was closed from") }),
  }),
  defineEvent({
    type: "complaints.complaint.returned",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The PAKN was out of scope and returned with guidance where to go (trả lại, hướng dẫn).",
    data: z.object({
      reason: z.string().min(1),
      guidance: z.string().min(1),
      withinLegalLimit: z.boolean().describe("within the 5 working days of Decree 20/2008 Art 9.1.d"),
    }),
  }),
  defineEvent({
    type: "complaints.complaint.merged",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The PAKN was merged as a duplicate into another one; that one's answer reaches every sender.",
    data: z.object({ intoId: z.string().min(1) }),
  }),
  defineEvent({
    type: "complaints.complaint.paused",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The clock stopped while waiting for the sender to supply information (tạm dừng).",
    data: z.object({ reason: z.string().min(1) }),
  }),
  defineEvent({
    type: "complaints.complaint.resumed",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The sender replied; the clock runs again with the working days already used kept.",
    data: z.object({ due: dueDatesSchema }),
  }),
  defineEvent({
    type: "complaints.complaint.extended",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "The handling and answer limits were extended once (gia hạn), with a reason.",
    data: z.object({ reason: z.string().min(1), due: dueDatesSchema }),
  }),
  defineEvent({
    type: "complaints.complaint.secret-reissued",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "Staff issued a new secret to the sender after an identity check; the old one stopped working.",
    data: z.object({}),
  }),
  defineEvent({
    type: "complaints.complaint.due-soon",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "A limit of the PAKN is due within the configured warning threshold (sắp đến hạn). Raised once per step and due day.",
    data: deadlineAlert,
  }),
  defineEvent({
    type: "complaints.complaint.overdue",
    version: 1,
    topic: COMPLAINT_TOPIC,
    description: "A limit of the PAKN has passed (quá hạn). Raised once per step and due day.",
    data: deadlineAlert,
  }),
] as const;
