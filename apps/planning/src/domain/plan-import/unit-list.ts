/**
 * Splits a unit cell ("Cơ quan chủ trì", "Cơ quan phối hợp") into unit names, in time linear in
 * the cell's length.
 *
 * What separates units, surest first: the cell's paragraphs (a Word cell with one unit per
 * paragraph), then ";" and "- " bullets, then "," and "và". The last two also occur inside names
 * ("Sở Văn hóa, Thể thao và Du lịch", "UBND các tỉnh, thành phố trực thuộc trung ương"), so a
 * piece is cut there only where what follows begins a name of its own: a name the directory or the
 * issuer's remembered choices know, a group phrase, or a capitalised unit head ("Sở …", "Bộ …").
 * A piece whose reading rests on that guess alone is reported as uncertain, with the other
 * readings, for the user to choose; the choice is remembered for the issuer (rememberedSplit).
 */
import { foldAligned } from "@tthc/text";
import { collapseSpaces, normaliseInput } from "../text/vietnamese-text.ts";
import { isKnownUnitGroup, normaliseUnitName } from "./unit-names.ts";

/** What the importer knows about unit names beyond the document. */
export interface UnitNameKnowledge {
  /** A name of a unit (or an alternative name), or a name the issuer mapped before; normalised (normaliseUnitName). */
  isKnownName?: (normalisedName: string) => boolean;
  /** The issuer's earlier choice for a piece the importer was not sure how to split; keyed by normaliseUnitName. */
  rememberedSplit?: (normalisedPiece: string) => readonly string[] | undefined;
}

/** A piece of a cell the importer split (or kept whole) on a guess. */
export interface UncertainSplit {
  /** The piece as written. */
  text: string;
  /** The names the import uses. */
  names: string[];
  /** Every reading offered, `names` first. */
  alternatives: string[][];
  /** "guess": the importer's own reading; "remembered": the issuer's earlier choice. */
  source: "guess" | "remembered";
}

export interface SplitUnitNames {
  names: string[];
  /** Names with a doubled word ("Các Các phòng…"), with the likely intended name. */
  suspicious: Array<{ name: string; suggestion: string }>;
  uncertain: UncertainSplit[];
}

/** Counts the characters the splitter examines, for the linear-work test and the bench. */
export interface SplitWork {
  steps: number;
}

/** The longest known name or group, in pieces between separators ("Các phòng, ban, đơn vị của UBND thành phố" is 3). */
const MAX_KNOWN_RUN = 8;

/** Capitalised words that begin the name of a unit or of a person acting for one (folded, checked case-sensitively on the first letter). */
const UNIT_HEAD =
  /^(?:van phong|phong|ubnd|uy ban|hdnd|hoi dong|chu tich|pho chu tich|giam doc|thu truong|lanh dao|nguoi dung dau|ban|trung tam|so|bo|cuc|tong cuc|vu|vien|hoc vien|truong|dai hoc|cong an|bo chi huy|bo tu lenh|thanh tra|chi cuc|kho bac|doi|bo phan|toa an|vien kiem sat|kiem toan|mat tran|doan|hoi|lien doan|lien hiep|hiep hoi|tap doan|tong cong ty|cong ty|ngan hang|dai|thong tan xa|bao|chi nhanh|bao hiem xa hoi|bhxh|tinh uy|thanh uy|dang uy|cong thong tin|co quan|don vi|cac)(?:\s|$)/;

/** "các …" and "UBND (các) xã, phường …": a group phrase, whose lower-case continuations after "," belong to it. */
const GROUP_START = /^(?:cac|ubnd cac|uy ban nhan dan cac|ubnd (?:cap )?(?:xa|phuong|tinh|huyen))\s/;

/** How a group phrase without "các" begins: "cơ quan, địa phương liên quan". */
const LOWER_GROUP = /^(?:cac|co quan|dia phuong|don vi|to chuc|ca nhan|nhung)(?:\s|$)/;

/** A "- " bullet at the start of the cell or after ":", ";" or "."; a dash between words is part of a name ("HĐND - UBND"). */
const BULLET = /(?:^|(?<=[:;.]))\s*[-–+•]\s+/g;

/** "Các Cục: Di sản văn hóa, Bản quyền tác giả" factors out the head noun of each name. */
const FACTORED_HEAD = /^\s*(?:[-–+•]\s*)?các\s+(\p{L}+)\s*:\s*(.+)$/iu;

/** ". " before a capital ends a list ("… Việt Nam. Vụ Kế hoạch"), except after an abbreviation ("TP. Hà Nội"). */
const SENTENCE_END = /(?<!\b(?:TP|Tp|TX|Q|P|H|T))\.\s+(?=\p{Lu})/u;

/**
 * What the unit does, written after its name ("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo
 * cáo chỉ tiêu", "Bộ Công an với các tiêu chuẩn …"), is not part of the name. Lower-case verbs only:
 * "Ban Hướng dẫn" is a name.
 */
const ROLE_PHRASE =
  /(?<!được|được giao|giao)\s+(?:thúc đẩy|chủ trì|thực hiện|với|theo dõi|tổng hợp|hướng dẫn|chịu trách nhiệm|phụ trách|tham mưu|triển khai)(?=[\s,;.]).*$/u;

function withoutRole(piece: string): string {
  return piece.replace(ROLE_PHRASE, "");
}

export function splitUnitNames(cell: string, knowledge: UnitNameKnowledge = {}, work: SplitWork = { steps: 0 }): SplitUnitNames {
  const names: string[] = [];
  const uncertain: UncertainSplit[] = [];
  for (const written of normaliseInput(cell).split(/[\n\u2029]/)) {
    // One space between words before any pattern runs, so no pattern meets a long run of spaces.
    const paragraph = collapseSpaces(written);
    work.steps += written.length;
    for (const sentence of paragraph.split(SENTENCE_END)) {
      const factored = FACTORED_HEAD.exec(sentence);
      if (factored) {
        // "Các Cục: A; B, C" — the items are separated by ";" if any, else by ",".
        const head = capitalise(factored[1] ?? "");
        const list = factored[2] ?? "";
        names.push(
          ...(list.includes(";") ? list.split(";") : list.split(/\s*,\s*|\s+và\s+/u))
            .map(cleanName)
            .filter((n) => n !== "")
            .map((n) => `${head} ${n}`),
        );
        continue;
      }
      for (const raw of sentence.split(";").flatMap((part) => part.split(BULLET))) {
        const piece = withoutRole(cleanName(raw));
        if (piece === "") continue;
        const read = readPiece(piece, knowledge, work);
        names.push(...read.names);
        if (read.uncertain) uncertain.push(read.uncertain);
      }
    }
  }
  const suspicious = names.flatMap((name) => {
    const suggestion = name.replace(/(^|\s)(\p{L}+)\s+\2(?=\s|$)/iu, "$1$2");
    return suggestion === name ? [] : [{ name, suggestion }];
  });
  return { names, suspicious, uncertain };
}

function cleanName(raw: string): string {
  return collapseSpaces(raw)
    .replace(/^[-–+•\s,.]+/, "")
    .replace(/[\s,.;:]+$/, "");
}

interface Token {
  text: string;
  /** The separator before it ("," or "và"); "" for the first. */
  separator: string;
  folded: string;
}

function readPiece(piece: string, knowledge: UnitNameKnowledge, work: SplitWork): { names: string[]; uncertain?: UncertainSplit } {
  const key = normaliseUnitName(piece);
  work.steps += piece.length;
  const remembered = knowledge.rememberedSplit?.(key);
  if (remembered) {
    const names = [...remembered];
    return { names, uncertain: { text: piece, names, alternatives: alternativesOf(piece, names), source: "remembered" } };
  }
  if (isKnown(piece, knowledge)) return { names: [piece] };

  const tokens = tokenise(piece, work);
  if (tokens.length === 1) return { names: [piece] };

  const names: string[] = [];
  let guessed = false;
  let i = 0;
  while (i < tokens.length) {
    // A known name wins, the longest first; the run is bounded, so each position costs a constant.
    let end = -1;
    for (let j = Math.min(tokens.length, i + MAX_KNOWN_RUN) - 1; j > i && end < 0; j--) {
      const run = join(tokens, i, j + 1);
      work.steps += run.length;
      if (isKnown(run, knowledge)) end = j + 1;
    }
    const group = GROUP_START.test(tokens[i]?.folded ?? "");
    if (end < 0) end = i + 1;
    else if (!group) {
      names.push(join(tokens, i, end));
      i = end;
      continue;
    }
    while (end < tokens.length && !beginsName(tokens, end, group, knowledge, work)) {
      const next = tokens[end] as Token;
      const lower = !startsCapitalised(next.text);
      // "Sở Tài chính và cơ quan, địa phương liên quan": after a unit, "và" + lower case starts a group phrase.
      if (!group && next.separator === "và" && LOWER_GROUP.test(next.folded)) break;
      // "… cấp tỉnh, cấp xã": the same body at another level.
      if (lower && next.separator === "," && /^cấp\s/u.test(next.text)) break;
      // A capitalised continuation after a comma ("…, Thể thao và Du lịch") may as well be a unit of its own.
      if (next.separator === "," && !group && !lower) guessed = true;
      end++;
    }
    names.push(factoredLevel(join(tokens, i, end), names));
    i = end;
  }
  if (!guessed) return { names };
  return { names, uncertain: { text: piece, names, alternatives: alternativesOf(piece, names), source: "guess" } };
}

/** "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": "cấp xã" is the same body at the other level. */
function factoredLevel(name: string, before: readonly string[]): string {
  const previous = before.at(-1);
  if (!/^cấp\s/u.test(name) || !previous) return name;
  const at = previous.lastIndexOf(" cấp ");
  return at < 0 ? name : `${previous.slice(0, at)} ${name}`;
}

function tokenise(piece: string, work: SplitWork): Token[] {
  const tokens: Token[] = [];
  let separator = "";
  for (const part of piece.split(/(\s*,\s*|\s+và\s+)/u)) {
    work.steps += part.length;
    if (/^\s*,\s*$/.test(part)) separator = ",";
    else if (/^\s+và\s+$/u.test(part)) separator = "và";
    else if (part.trim() !== "") {
      tokens.push({ text: part.trim(), separator, folded: foldAligned(part.trim()) });
      separator = "";
    }
  }
  return tokens;
}

function join(tokens: readonly Token[], from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    text += k === from ? token.text : token.separator === "," ? `, ${token.text}` : ` và ${token.text}`;
  }
  return text;
}

/**
 * A group phrase, a capitalised unit head, or a known name (of a bounded number of pieces) starts
 * at this token. Inside a group phrase a lower-case piece goes on with it ("Các bộ, cơ quan Trung
 * ương và địa phương"), unless "và" brings a known group ("… và tổ chức, cá nhân có liên quan").
 */
function beginsName(tokens: readonly Token[], at: number, inGroup: boolean, knowledge: UnitNameKnowledge, work: SplitWork): boolean {
  const token = tokens[at] as Token;
  work.steps += token.text.length;
  const capital = startsCapitalised(token.text);
  if (GROUP_START.test(token.folded)) return true;
  // "Sở …", and outside a group "phòng Văn hóa …" written in lower case; "viện nghiên cứu" is not one.
  if (UNIT_HEAD.test(token.folded) && (capital || (!inGroup && /^(?:\S+\s+){1,2}\p{Lu}/u.test(token.text)))) return true;
  if (!capital && token.separator !== "và" && at > 0) return false;
  for (let end = at + 1; end <= Math.min(tokens.length, at + MAX_KNOWN_RUN); end++) {
    const run = join(tokens, at, end);
    work.steps += run.length;
    if (isKnown(run, knowledge)) return true;
  }
  return false;
}

function isKnown(name: string, knowledge: UnitNameKnowledge): boolean {
  return isKnownUnitGroup(name) || (knowledge.isKnownName?.(normaliseUnitName(name)) ?? false);
}

function startsCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

/** The readings offered for a piece: the one used, the piece whole, and cut at every separator. */
function alternativesOf(piece: string, names: readonly string[]): string[][] {
  const everyCut = piece
    .split(/\s*,\s*|\s+và\s+/u)
    .map(cleanName)
    .filter((name) => name !== "");
  const seen = new Set<string>();
  return [[...names], [piece], everyCut].filter((reading) => {
    const key = JSON.stringify(reading);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
