/**
 * The lifecycle commands (classify, transfer, draft, approve, send, publish, …): lock the PAKN, let
 * the domain decide, and write the new state, its audit entries and its events in one transaction.
 */
import { toLocalDate, type LocalDate } from "@tthc/calendar";
import { missingUnitText, unitsMissingOn } from "@tthc/unit-replica";
import { enqueue } from "@tthc/messaging";
import { invalidInput, notFound, unauthenticated, type Actor, type FastifyInstance } from "@tthc/service-kit";
import type { Tx } from "../db/client.ts";
import { findComplaint, lockComplaint, saveDecision, toState, type ComplaintRow } from "../db/complaints.ts";
import { loadSettings } from "../db/settings.ts";
import {
  canViewComplaint,
  decide,
  detectPersonalData,
  type ComplaintCommand,
  type ComplaintState,
  type ComplaintStatus,
  type KnownSender,
} from "../domain/index.ts";
import { toEnvelopes } from "../events/outgoing.ts";
import { hashSecret, newSecret } from "../security/secrets.ts";
import { domainActor, type ComplaintsDeps } from "./deps.ts";
import { domainError } from "./errors.ts";
import { STATUS_LABELS } from "./labels.ts";

const NOT_FOUND_MESSAGE = "Không tìm thấy PAKN.";

/** Someone who may not see a PAKN learns nothing about it, not even that it exists. */
export function requireVisible(actor: Actor, row: ComplaintRow | null, state: ComplaintState | null): asserts row is ComplaintRow {
  if (actor.kind === "anonymous") throw unauthenticated("Vui lòng đăng nhập.");
  if (!row || !state || !canViewComplaint(domainActor(actor), state)) throw notFound(NOT_FOUND_MESSAGE);
}

/**
 * Units are named as of the day they matter: a transfer hands the PAKN to units that exist on the day
 * it is made (a unit closed since receipt handles nothing any more), while the unit a PAKN is about is
 * the one that existed when it was received.
 */
async function checkReferences(tx: Tx, command: ComplaintCommand, state: ComplaintState, today: LocalDate): Promise<ComplaintCommand> {
  if (command.type === "transfer") {
    const ids = command.units.map((u) => u.unitId);
    const [missing] = await unitsMissingOn(tx, ids, today);
    if (missing) {
      const text = missingUnitText({ vi: "Đơn vị xử lý", en: "The handling unit" }, missing, today);
      throw invalidInput(`units.${ids.indexOf(missing.id)}`, text.vi, text.en);
    }
  }
  if (command.type === "classify" && command.concernedUnitId) {
    const [missing] = await unitsMissingOn(tx, [command.concernedUnitId], state.receivedDay);
    if (missing) {
      const text = missingUnitText({ vi: "Đơn vị bị phản ánh", en: "The concerned unit" }, missing, state.receivedDay);
      throw invalidInput("concernedUnitId", text.vi, text.en);
    }
  }
  if (command.type === "merge") {
    const target = await tx.complaint.findUnique({ where: { id: command.into.id }, select: { id: true, status: true } });
    if (!target) throw invalidInput("intoId", "Không tìm thấy PAKN được gộp vào.", "The PAKN to merge into does not exist.");
    return { ...command, into: { id: target.id, status: target.status as ComplaintStatus } };
  }
  return command;
}

export function knownSender(row: ComplaintRow): KnownSender {
  return { name: row.senderName, address: row.senderAddress, phone: row.senderPhone, email: row.senderEmail };
}

/** Spans of the sender's own identifiers (not merely things that look like personal data). */
function senderDataIn(text: string, sender: KnownSender): boolean {
  const generic = detectPersonalData(text);
  const withSender = detectPersonalData(text, sender);
  const sameSpans =
    generic.length === withSender.length && generic.every((g, i) => g.start === withSender[i]!.start && g.end === withSender[i]!.end);
  const phoneDigits = sender.phone?.replace(/\D/g, "").slice(-9) ?? "";
  return !sameSpans || (phoneDigits.length === 9 && text.replace(/\D/g, "").includes(phoneDigits));
}

/** Publishing refuses text that still names the sender, whatever the reviewer confirmed. */
function checkPublication(command: ComplaintCommand, row: ComplaintRow): void {
  if (command.type !== "publish") return;
  const sender = knownSender(row);
  for (const [field, text] of [
    ["publishedQuestion", command.publishedQuestion ?? ""],
    ["publishedText", command.publishedText],
  ] as const) {
    if (senderDataIn(text, sender)) {
      throw invalidInput(
        field,
        "Nội dung công khai vẫn còn thông tin cá nhân của người gửi (họ tên, địa chỉ, số điện thoại hoặc email). Vui lòng loại bỏ trước khi công khai.",
        "The text to publish still contains the sender's personal data.",
      );
    }
  }
}

export async function runCommand(
  deps: ComplaintsDeps,
  actor: Actor,
  correlationId: string,
  id: string,
  command: ComplaintCommand,
  log?: FastifyInstance["log"],
): Promise<ComplaintRow> {
  const result = await deps.db.$transaction(async (tx) => {
    const row = await lockComplaint(tx, id);
    const before = row ? toState(row) : null;
    requireVisible(actor, row, before);
    const now = deps.now();
    const { rules } = await loadSettings(tx);
    const checked = await checkReferences(tx, command, before!, toLocalDate(now));
    const decision = decide(before!, checked, domainActor(actor), now, rules, deps.calendar, STATUS_LABELS);
    if (!decision.ok) throw domainError(decision.error);
    checkPublication(checked, row);
    await saveDecision(tx, row, before!, decision.state, checked, actor, now);
    await enqueue(
      tx,
      ...toEnvelopes(decision.events, { state: decision.state, trackingCode: row.trackingCode, actor, correlationId, now }),
    );
    return (await findComplaint(tx, id))!;
  });
  if (command.type === "sendAnswer") {
    // The answer is committed and on the look-up page; a failed courtesy email must not report the send as failed.
    await mailAnswer(deps, result).catch((err: unknown) => log?.error({ err, complaintId: id }, "emailing the answer failed"));
  }
  return result;
}

/** Email is a courtesy copy after the commit: the answer is already on the look-up page if it fails. */
async function mailAnswer(deps: ComplaintsDeps, row: ComplaintRow): Promise<void> {
  const answer = row.answers.find((a) => a.status === "sent");
  if (!deps.mailer || !row.senderEmail || !answer) return;
  await deps.mailer.sendAnswer(row.senderEmail, {
    trackingCode: row.trackingCode,
    text: answer.text,
    documentNumber: answer.documentNumber,
    documentDate: toState(row).draft!.documentDate,
  });
}

/** A new secret for a sender who lost theirs (after an identity check the reason records). */
export async function reissueSecret(deps: ComplaintsDeps, actor: Actor, correlationId: string, id: string, reason: string) {
  return deps.db.$transaction(async (tx) => {
    const row = await lockComplaint(tx, id);
    const before = row ? toState(row) : null;
    requireVisible(actor, row, before);
    const now = deps.now();
    const { rules } = await loadSettings(tx);
    const decision = decide(before!, { type: "reissueSecret", reason }, domainActor(actor), now, rules, deps.calendar, STATUS_LABELS);
    if (!decision.ok) throw domainError(decision.error);
    const secret = newSecret();
    await saveDecision(tx, row, before!, decision.state, { type: "reissueSecret", reason }, actor, now);
    await tx.complaint.update({ where: { id }, data: { secretHash: hashSecret(secret, deps.pepper) } });
    await enqueue(
      tx,
      ...toEnvelopes(decision.events, { state: decision.state, trackingCode: row.trackingCode, actor, correlationId, now }),
    );
    return {
      trackingCode: row.trackingCode,
      secret,
      receivedAt: row.receivedAt,
      receivedDay: before!.receivedDay,
      answerDue: decision.state.due.answer,
    };
  });
}
