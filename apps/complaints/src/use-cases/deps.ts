import type { WorkingCalendar } from "@tthc/calendar";
import type { FileStore } from "@tthc/files";
import type { Actor } from "@tthc/service-kit";
import type { RateLimiter } from "../abuse/rate-limiter.ts";
import type { Db } from "../db/client.ts";
import type { DomainActor } from "../domain/index.ts";
import type { AnswerMailer } from "./answer-mail.ts";

/** What the use cases need; built once in app.ts, replaced piecewise in tests (clock, limits). */
export interface ComplaintsDeps {
  db: Db;
  calendar: WorkingCalendar;
  pepper: string;
  limiter: RateLimiter;
  limits: { submit: number; public: number; powDifficulty: number };
  mailer: AnswerMailer | null;
  /** Attachments, scans and exported registers. */
  files: FileStore;
  now(): Date;
}

export function domainActor(actor: Actor): DomainActor {
  if (actor.kind === "user") return { kind: "user", userId: actor.userId, unitId: actor.unitId, roles: actor.roles };
  return { kind: actor.kind, userId: null, unitId: null, roles: [] };
}

/** The id recorded in audit entries and access logs. */
export function actorStamp(actor: Actor): { id: string; kind: string } {
  switch (actor.kind) {
    case "user":
      return { id: actor.userId, kind: "user" };
    case "partner":
      return { id: actor.partnerId, kind: "partner" };
    case "service":
      return { id: actor.service, kind: "service" };
    case "anonymous":
      return { id: "anonymous", kind: "anonymous" };
  }
}
