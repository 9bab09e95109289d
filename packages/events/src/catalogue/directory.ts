import { z } from "zod";
import { defineEvent } from "../define.ts";

const UNIT_TOPIC = "directory.unit.v1";

/**
 * The full current state of an org unit (đơn vị). Every `directory.unit.*` event carries it, so a
 * service's local copy of units is a plain upsert whatever the event type.
 */
export const unitStateSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1).describe("stable business code of the unit"),
  name: z.string().min(1).describe("full name, e.g. Phòng Tư pháp thành phố Hưng Yên"),
  shortName: z.string().min(1).nullable(),
  alternativeNames: z
    .array(z.string().min(1))
    .optional()
    .describe("other names the unit goes by in documents (abbreviations, former names); absent in events of before 2026-12"),
  levelCode: z.string().min(1).describe("code of the unit's level (province, department, ward…); levels are data, not fixed"),
  parentId: z.string().min(1).nullable().describe("the unit this one currently belongs to"),
  validFrom: z.iso.date().describe("first day the unit exists (yyyy-mm-dd)"),
  validTo: z.iso.date().nullable().describe("last day the unit exists; null while it is active"),
  history: z
    .object({
      names: z.array(
        z.object({
          validFrom: z.iso.date(),
          validTo: z.iso.date().nullable(),
          name: z.string().min(1),
          shortName: z.string().min(1).nullable(),
          levelCode: z.string().min(1),
        }),
      ),
      parents: z.array(z.object({ validFrom: z.iso.date(), validTo: z.iso.date().nullable(), parentId: z.string().min(1) })),
    })
    .optional()
    .describe(
      "the unit's dated names and levels, and its tree parents, earliest first (validTo inclusive); absent in events of before 2026-12",
    ),
});

/** The kinds of open work a successor takes over from a closed unit (docs/domain.md §10). */
export const workKindSchema = z
  .enum(["PLAN_WORK", "COMPLAINTS", "RECOMMENDATIONS", "USERS"])
  .describe(
    "PLAN_WORK: planning's occurrences, unit plans, focal officers; COMPLAINTS: PAKN; RECOMMENDATIONS: inspections' recommendations; USERS: accounts and unread notifications",
  );

export type UnitState = z.output<typeof unitStateSchema>;

export const directoryEvents = [
  defineEvent({
    type: "directory.unit.created",
    version: 1,
    topic: UNIT_TOPIC,
    description: "An org unit was created.",
    data: z.object({ unit: unitStateSchema }),
  }),
  defineEvent({
    type: "directory.unit.updated",
    version: 1,
    topic: UNIT_TOPIC,
    description: "An org unit's name, short name, alternative names, code or level changed.",
    data: z.object({
      unit: unitStateSchema,
      changed: z
        .array(z.enum(["code", "name", "shortName", "alternativeNames", "levelCode"]))
        .min(1)
        .describe("the fields that changed"),
    }),
  }),
  defineEvent({
    type: "directory.unit.moved",
    version: 1,
    topic: UNIT_TOPIC,
    description: "An org unit now belongs to another parent (its dated membership changed).",
    data: z.object({
      unit: unitStateSchema,
      previousParentId: z.string().min(1).nullable(),
      effectiveFrom: z.iso.date().describe("first day of the new membership"),
    }),
  }),
  defineEvent({
    type: "directory.unit.closed",
    version: 1,
    topic: UNIT_TOPIC,
    description: "An org unit ceased to exist (its validTo was set), e.g. merged in a reorganisation.",
    data: z.object({ unit: unitStateSchema.extend({ validTo: z.iso.date() }) }),
  }),
  defineEvent({
    type: "directory.unit.succeeded",
    version: 1,
    topic: UNIT_TOPIC,
    description:
      "A reorganisation decision closed an org unit (sáp nhập, chia tách, giải thể) and named the units that take over its open work from the effective date.",
    data: z.object({
      predecessorId: z.string().min(1).describe("the closed unit; its last day is the day before effectiveFrom"),
      change: z.enum(["MERGE", "SPLIT", "DISSOLVE"]),
      successors: z
        .array(z.object({ unitId: z.string().min(1), workKinds: z.array(workKindSchema).min(1) }))
        .min(1)
        .describe("who takes which kinds of work; every kind goes to exactly one successor"),
      effectiveFrom: z.iso.date().describe("first day the successors hold the work (Vietnam date)"),
      decision: z.object({
        id: z.string().min(1),
        number: z.string().min(1).describe("the decision's number, e.g. 1234/QĐ-UBND"),
        signedOn: z.iso.date(),
      }),
    }),
  }),
] as const;
