import { z } from "zod";
import { defineEvent } from "../define.ts";

const INSPECTION_TOPIC = "inspections.inspection.v1";

/** Events of an inspection (kiểm tra); the subject is the inspection id. */
export const inspectionEvents = [
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
    }),
  }),
] as const;
