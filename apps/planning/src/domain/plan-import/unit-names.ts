/**
 * Unit names as written in plans: how they compare (normaliseUnitName) and the group phrases the
 * importer knows. Splitting a cell into names is unit-list.ts.
 */
import { collapseSpaces, normaliseInput } from "../text/vietnamese-text.ts";

/** Unit groups (nhóm đơn vị) of the seed and of plans like it; they expand to members later. */
export const KNOWN_UNIT_GROUPS: readonly string[] = [
  "Các phòng, ban, đơn vị của UBND thành phố",
  "Các phòng, ban, đơn vị thuộc UBND thành phố",
  "Các phòng, ban, đơn vị thành phố",
  "Các phòng, ban, đơn vị",
  "UBND các phường, xã",
  "UBND cấp xã",
  "Các cơ quan, đơn vị",
  "Các cơ quan nhà nước, tổ chức, cá nhân được trao quyền tiếp nhận, giải quyết TTHC",
  "Các cơ quan, đơn vị, tổ chức được trao quyền tiếp nhận, giải quyết thủ tục hành chính trên địa bàn",
  "Cá nhân, tổ chức có liên quan",
  "Các tổ chức, cá nhân có liên quan",
  "Các sở, ban, ngành",
  "Các sở, ban, ngành tỉnh",
  "Các sở, ngành",
  "Các bộ, ngành",
  "Các bộ, ngành liên quan",
  "Các bộ, ngành, địa phương",
  "Các bộ, ngành, địa phương liên quan",
  "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
  "UBND các xã, phường",
  "UBND các xã, phường, đặc khu",
  "UBND xã, phường, đặc khu",
  "UBND các tỉnh, thành phố",
  "UBND các tỉnh, thành phố trực thuộc trung ương",
];

// Old and new tone placement ("Hoà"/"Hòa", "Uỷ"/"Ủy") are the same word at the end of a syllable.
const OLD_TONE_PLACEMENT: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const OLD_TONE = new RegExp(`(${Object.keys(OLD_TONE_PLACEMENT).join("|")})(?!\\p{L})`, "gu");

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/ủy ban nhân dân/g, "ubnd"],
  [/hội đồng nhân dân/g, "hđnd"],
  [/thủ tục hành chính/g, "tthc"],
];

/**
 * The form names are compared in: case, spacing (around dashes and commas too), dashes ("HĐND-UBND" = "HĐND - UBND"), tone
 * placement and the usual abbreviations do not distinguish units. Names are stored as written.
 */
export function normaliseUnitName(name: string): string {
  let key = collapseSpaces(normaliseInput(name)).toLocaleLowerCase("vi");
  key = key.replace(OLD_TONE, (old) => OLD_TONE_PLACEMENT[old] ?? old);
  for (const [long, short] of ABBREVIATIONS) key = key.replace(long, short);
  return key
    .replace(/\s*[-‐‑‒–—−]\s*/g, "-")
    .replace(/\s*,\s*/g, ", ")
    .replace(/[\s.,;:]+$/, "")
    .trim();
}

/** Group phrases compare without their leading "các": "các tổ chức, cá nhân" = "tổ chức, cá nhân". */
function groupKey(name: string): string {
  return normaliseUnitName(name).replace(/^các\s+/, "");
}
const GROUP_KEYS = new Set(KNOWN_UNIT_GROUPS.map(groupKey));

export function isKnownUnitGroup(name: string): boolean {
  return GROUP_KEYS.has(groupKey(name));
}
