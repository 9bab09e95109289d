/**
 * Unit cells ("Đơn vị chủ trì", "Đơn vị phối hợp") list several units separated by ";" or ",",
 * but group names contain commas themselves ("Các phòng, ban, đơn vị của UBND thành phố"). So a
 * cell is split on ";" first, and a piece is split further on "," or "và" only where every
 * resulting name is recognisable: a known group phrase or a name that starts like a unit.
 */
import { foldAligned } from "@tthc/text";
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
];

/** How the name of a single unit begins (folded): "Văn phòng …", "Phòng …", "UBND …", "Chủ tịch …". */
const UNIT_NAME_START =
  /^(?:van phong|phong|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|chu tich|pho chu tich|ban|trung tam|so|cong an|thanh tra|chi cuc|cuc|kho bac|doi|bo phan|toa an|vien kiem sat|mat tran|chi nhanh|bao hiem xa hoi|bhxh|thu truong|lanh dao)\s+\S/;

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

function isSingleUnitName(name: string): boolean {
  if (name.includes(",")) return false;
  // "Phòng Tài nguyên và Môi trường" is one unit; "Phòng A và Phòng B" is two.
  const afterAnd = name.split(/\s+và\s+/u).slice(1);
  if (afterAnd.some((rest) => startsLikeUnit(rest) || /^các\s/iu.test(rest) || isKnownUnitGroup(rest))) return false;
  return startsLikeUnit(name);
}

function startsLikeUnit(name: string): boolean {
  return UNIT_NAME_START.test(foldAligned(name));
}

function isRecognisable(name: string): boolean {
  return isKnownUnitGroup(name) || isSingleUnitName(name);
}

export interface SplitUnitNames {
  names: string[];
  /** Names with a doubled word ("Các Các phòng…"), with the likely intended name. */
  suspicious: Array<{ name: string; suggestion: string }>;
}

export function splitUnitNames(cell: string): SplitUnitNames {
  const names = collapseSpaces(normaliseInput(cell))
    .split(";")
    .flatMap(splitPiece)
    .map((name) => name.replace(/^[\s,.]+|[\s,.;]+$/g, ""))
    .filter((name) => name !== "");
  const suspicious = names.flatMap((name) => {
    const suggestion = name.replace(/(^|\s)(\p{L}+)\s+\2(?=\s|$)/iu, "$1$2");
    return suggestion === name ? [] : [{ name, suggestion }];
  });
  return { names, suspicious };
}

/**
 * Greedy left to right over the pieces between "," and "và": at each point take the longest run
 * of pieces that reads as one recognisable name. If some point has none, the piece is kept whole,
 * as written, rather than cut into fragments.
 */
function splitPiece(piece: string): string[] {
  const tokens = piece
    .trim()
    .replace(/,\s*$/, "")
    .split(/(\s*,\s*|\s+và\s+)/u);
  const names: string[] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = tokens.length - 1;
    while (end >= start && !isRecognisable(tokens.slice(start, end + 1).join(""))) end -= 2;
    if (end < start) return [piece];
    names.push(tokens.slice(start, end + 1).join(""));
    start = end + 2;
  }
  return names;
}
