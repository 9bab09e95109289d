/**
 * The PAKN lifecycle's policy tables: which state each command may start from and who may run it.
 */
import type { Assignment, CommandType, ComplaintState, ComplaintStatus, DomainActor } from "./lifecycle-types.ts";

export const ACTION_LABELS: Readonly<Record<CommandType, { vi: string; en: string }>> = {
  classify: { vi: "phân loại", en: "classify" },
  transfer: { vi: "chuyển xử lý", en: "transfer" },
  draftAnswer: { vi: "dự thảo trả lời", en: "draft the answer" },
  contribute: { vi: "góp ý phối hợp", en: "contribute" },
  approveAnswer: { vi: "phê duyệt trả lời", en: "approve the answer" },
  returnAnswer: { vi: "trả lại dự thảo", en: "return the draft" },
  sendAnswer: { vi: "gửi trả lời", en: "send the answer" },
  publish: { vi: "công khai", en: "publish" },
  close: { vi: "kết thúc", en: "close" },
  return: { vi: "trả lại (ngoài phạm vi)", en: "return as out of scope" },
  merge: { vi: "gộp PAKN trùng", en: "merge as a duplicate" },
  pause: { vi: "tạm dừng", en: "pause" },
  resume: { vi: "tiếp tục xử lý", en: "resume" },
  extend: { vi: "gia hạn", en: "extend" },
  reissueSecret: { vi: "cấp lại mã bí mật", en: "reissue the secret" },
};

export const OPEN: readonly ComplaintStatus[] = ["received", "classified", "transferred", "handled", "approved", "paused"];

/** The states each command may start from. */
export const ALLOWED_FROM: Readonly<Record<CommandType, readonly ComplaintStatus[]>> = {
  classify: ["received", "classified"],
  transfer: ["classified", "transferred"],
  draftAnswer: ["transferred", "handled"],
  contribute: ["transferred", "handled"],
  approveAnswer: ["handled"],
  returnAnswer: ["handled"],
  sendAnswer: ["approved"],
  publish: ["answered"],
  close: ["answered", "published", "returned", "merged"],
  return: ["received", "classified"],
  merge: ["received", "classified", "transferred"],
  pause: ["received", "classified", "transferred"],
  resume: ["paused"],
  extend: OPEN,
  reissueSecret: [...OPEN, "answered", "published", "closed", "returned", "merged"],
};

const isUser = (actor: DomainActor) => actor.kind === "user" && actor.userId !== null;
export const isCityAdmin = (actor: DomainActor) => isUser(actor) && actor.roles.includes("CITY_ADMIN");

function assignmentOf(actor: DomainActor, state: ComplaintState): Assignment | undefined {
  if (!isUser(actor) || !actor.roles.includes("UNIT_OFFICER") || !actor.unitId) return undefined;
  return state.assignments.find((a) => a.unitId === actor.unitId);
}

const isLeadOfficer = (actor: DomainActor, state: ComplaintState) => assignmentOf(actor, state)?.lead === true;

/** The city office (Văn phòng) runs intake and approval; assigned units draft and contribute. */
export const MAY: Readonly<Record<CommandType, (actor: DomainActor, state: ComplaintState) => boolean>> = {
  classify: isCityAdmin,
  transfer: isCityAdmin,
  draftAnswer: isLeadOfficer,
  contribute: (actor, state) => assignmentOf(actor, state)?.lead === false,
  approveAnswer: isCityAdmin,
  returnAnswer: isCityAdmin,
  sendAnswer: isCityAdmin,
  publish: isCityAdmin,
  close: isCityAdmin,
  return: isCityAdmin,
  merge: isCityAdmin,
  // The lead unit is the one that finds information missing while handling.
  pause: (actor, state) => isCityAdmin(actor) || isLeadOfficer(actor, state),
  resume: (actor, state) => isCityAdmin(actor) || isLeadOfficer(actor, state),
  extend: isCityAdmin,
  reissueSecret: isCityAdmin,
};
