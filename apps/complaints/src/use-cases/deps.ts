import type { WorkingCalendar } from "@tthc/calendar";
import type { FileStore } from "@tthc/files";
import type { Actor, RateLimiter } from "@tthc/service-kit";
import type { Db } from "../db/client.ts";
import type { DomainActor } from "../domain/index.ts";
import type { AnswerMailer } from "./answer-mail.ts";

/** What the use cases need; built once in app.ts, replaced piecewise in tests (clock, limits). */
export interface ComplaintsDeps {
  db: Db;
  calendar: WorkingCalendar;
  pepper: string;
  limiter: RateLimiter;
  limits: {
    windowMs: number;
    submit: number;
    public: number;
    /** The proof of work: its quiet difficulty, its ceiling, and the challenges per window before it rises. */
    pow: { base: number; max: number; clientFree: number; globalFree: number };
    /** An upload older than this is no longer accepted as an attachment, and is deleted unless attached. */
    uploadMaxAgeMs: number;
  };
  mailer: AnswerMailer | null;
  /** Attachments, scans and exported registers. */
  files: FileStore;
  now(): Date;
}

export function domainActor(actor: Actor): DomainActor {
  if (actor.kind === "user") return { kind: "user", userId: actor.userId, unitId: actor.unitId, roles: actor.roles };
  return { kind: actor.kind, userId: null, unitId: null, roles: [] };
}
