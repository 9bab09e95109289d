/**
 * A pasted (or uploaded) plan decision read against the directory: the parsed plan, its year and
 * issuing unit, and what every unit name it writes stands for. Shared by the preview (which stores
 * nothing) and the import (which stores exactly what the preview showed).
 */
import { formatVi, type DateRange, type LocalDate } from "@tthc/calendar";
import { badInput } from "@tthc/service-kit";
import { directoryUnits } from "../db/directory-units.ts";
import { importInputError } from "./document-text.ts";
import type { Db } from "../db/client.ts";
import {
  GROUP_RULES,
  expandResolution,
  isActiveOn,
  normaliseUnitName,
  parseDecisionText,
  PlanImportError,
  resolveUnitName,
  splitUnitNames,
  type DirectoryUnit,
  type GroupRule,
  type ImportResult,
  type UnitResolution,
} from "../domain/index.ts";
import { columnKey, type ColumnOverrides, type ColumnRole } from "../domain/plan-import/table-header.ts";
import type { TableOptions } from "../domain/plan-import/task-table.ts";

export interface NameMappingInput {
  name: string;
  unitId?: string | null;
  rule?: GroupRule | null;
}

/** The user's reading of a unit cell piece the importer was not sure how to split. */
export interface SplitChoiceInput {
  text: string;
  names: readonly string[];
}

/** The user's correction of what a table column feeds, by its header as shown in the preview. */
export interface ColumnRoleInput {
  header: string;
  role: ColumnRole;
}

export interface PlanDocumentInput {
  text: string;
  year?: number | null;
  /** The last calendar year of a multi-year plan; read from the title ("giai đoạn 2026 - 2030") when absent. */
  lastYear?: number | null;
  issuingUnitId?: string | null;
  mappings?: readonly NameMappingInput[] | null;
  splitChoices?: readonly SplitChoiceInput[] | null;
  columns?: readonly ColumnRoleInput[] | null;
}

export type ResolutionSource = "document" | "remembered" | "given" | "suggestion";

export interface NameResolution {
  name: string;
  normalisedName: string;
  asLead: boolean;
  asCoordinating: boolean;
  resolution: UnitResolution | null;
  source: ResolutionSource | null;
  /** The units the name stands for on the plan's date. */
  memberIds: string[];
}

export interface PlanDocument {
  parsed: ImportResult;
  year: number;
  /** The last calendar year the plan covers (= year for a one-year plan). */
  lastYear: number;
  /** The split choices of this request, to remember for the issuer on import (normalised piece → names). */
  givenSplits: Map<string, { text: string; names: string[] }>;
  /** The day group names are expanded on: the decision's date, else 1 January of the plan year. */
  planDay: LocalDate;
  issuingUnit: DirectoryUnit;
  units: DirectoryUnit[];
  names: NameResolution[];
}

const MAX_TEXT_LENGTH = 2_000_000;

export async function readPlanDocument(db: Db, input: PlanDocumentInput): Promise<PlanDocument> {
  if (input.text.length > MAX_TEXT_LENGTH) throw badInput("Văn bản quá dài (tối đa 2 triệu ký tự).", "text");
  const columns = columnOverrides(input.columns ?? []);
  // Read once for the header (the issuer decides which remembered choices apply), then again
  // knowing the directory's names and the issuer's choices; reading is linear, so twice is cheap.
  const header = parseText(input.text, { columns });
  const year = input.year ?? header.years?.first ?? header.plan.year;
  if (year === null || year === undefined)
    throw badInput("Không xác định được năm của kế hoạch trong văn bản. Vui lòng nhập năm kế hoạch.", "year");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("Năm kế hoạch không hợp lệ (2000–2100).", "year");
  const lastYear = input.lastYear ?? (input.year ? Math.max(input.year, header.years?.last ?? input.year) : (header.years?.last ?? year));
  if (!Number.isInteger(lastYear) || lastYear < year || lastYear - year > MAX_PLAN_YEARS - 1)
    throw badInput(`Năm cuối của kế hoạch phải từ năm đầu (${year}) đến ${year + MAX_PLAN_YEARS - 1}.`, "lastYear");
  const planDay = (header.decision.date ?? `${year}-01-01`) as LocalDate;

  const allUnits = await directoryUnits(db);
  const issuingUnit = findIssuingUnit(allUnits, header, input.issuingUnitId ?? null);
  const units = allUnits.filter((u) => isActiveOn(u, planDay));
  const remembered = await rememberedMappings(db, issuingUnit.id);
  const given = givenMappings(input.mappings ?? [], allUnits, {
    start: `${year}-01-01` as LocalDate,
    end: `${lastYear}-12-31` as LocalDate,
  });
  const givenSplits = givenSplitChoices(input.splitChoices ?? []);
  const rememberedSplits = await rememberedSplitChoices(db, issuingUnit.id);
  const knownNames = new Set([
    ...units
      .flatMap((u) => [u.name, u.shortName ?? "", ...(u.alternativeNames ?? [])])
      .filter((n) => n !== "")
      .map(normaliseUnitName),
    ...remembered.keys(),
    ...given.keys(),
  ]);
  const parsed = parseText(input.text, {
    columns,
    knowledge: {
      isKnownName: (key) => knownNames.has(key),
      rememberedSplit: (key) => givenSplits.get(key)?.names ?? rememberedSplits.get(key),
    },
  });
  const offered = new Set(parsed.unitSplits.map((split) => normaliseUnitName(split.text)));
  const unknownSplits = [...givenSplits.values()].filter((choice) => !offered.has(normaliseUnitName(choice.text)));
  if (unknownSplits.length > 0)
    throw badInput(
      `Ô đơn vị được chọn cách tách không có trong văn bản: “${unknownSplits.map((c) => c.text).join("”, “")}”.`,
      "splitChoices",
    );

  const names = writtenNames(parsed).map(({ name, asLead, asCoordinating }): NameResolution => {
    const normalisedName = normaliseUnitName(name);
    const { resolution, source } = resolve(name, normalisedName, { issuingUnitId: issuingUnit.id, units, given, remembered });
    const memberIds = resolution ? expandResolution(resolution, { issuingUnitId: issuingUnit.id, units }, planDay) : [];
    return { name, normalisedName, asLead, asCoordinating, resolution, source, memberIds };
  });
  const unknownGiven = [...given.keys()].filter((key) => !names.some((n) => n.normalisedName === key));
  if (unknownGiven.length > 0)
    throw badInput(`Tên đơn vị được đối chiếu không có trong văn bản: “${unknownGiven.join("”, “")}”.`, "mappings");
  return { parsed, year, lastYear, givenSplits, planDay, issuingUnit, units, names };
}

/** "Giai đoạn 2026 - 2030" is five years; a plan is not written for more than ten. */
const MAX_PLAN_YEARS = 10;
const MAX_NAME_LENGTH = 500;
const COLUMN_ROLES: readonly ColumnRole[] = ["number", "content", "timeframe", "lead", "coordinating", "result", "extra", "ignore"];

function parseText(text: string, options: TableOptions): ImportResult {
  try {
    return parseDecisionText(text, options);
  } catch (err) {
    if (err instanceof PlanImportError) throw importInputError(err, "text");
    throw err;
  }
}

function findIssuingUnit(units: DirectoryUnit[], parsed: ImportResult, issuingUnitId: string | null): DirectoryUnit {
  if (issuingUnitId) {
    const unit = units.find((u) => u.id === issuingUnitId);
    if (!unit) throw badInput("Không tìm thấy cơ quan ban hành đã chọn trong danh mục đơn vị.", "issuingUnitId");
    return unit;
  }
  const issuer = parsed.decision.issuer ? normaliseUnitName(parsed.decision.issuer) : null;
  const matches = issuer ? units.filter((u) => normaliseUnitName(u.name) === issuer) : [];
  if (matches.length !== 1 || !matches[0]) {
    throw badInput(
      `Không xác định được cơ quan ban hành “${parsed.decision.issuer ?? "(không ghi)"}” trong danh mục đơn vị. Vui lòng chọn cơ quan ban hành.`,
      "issuingUnitId",
    );
  }
  return matches[0];
}

function columnOverrides(columns: readonly ColumnRoleInput[]): ColumnOverrides {
  const overrides: Record<string, ColumnRole> = {};
  for (const { header, role } of columns) {
    if (!COLUMN_ROLES.includes(role)) throw badInput(`Cột “${header}”: vai trò “${role}” không hợp lệ.`, "columns");
    overrides[columnKey(header)] = role;
  }
  return overrides;
}

function givenSplitChoices(choices: readonly SplitChoiceInput[]): Map<string, { text: string; names: string[] }> {
  const given = new Map<string, { text: string; names: string[] }>();
  for (const choice of choices) {
    const names = choice.names.map((name) => name.trim()).filter((name) => name !== "");
    if (names.length === 0) throw badInput(`Ô “${choice.text}”: hãy chọn ít nhất một tên đơn vị.`, "splitChoices");
    if (names.some((name) => name.length > MAX_NAME_LENGTH))
      throw badInput(`Ô “${choice.text}”: tên đơn vị dài quá ${MAX_NAME_LENGTH} ký tự.`, "splitChoices");
    given.set(normaliseUnitName(choice.text), { text: choice.text, names });
  }
  return given;
}

async function rememberedSplitChoices(db: Db, issuingUnitId: string): Promise<Map<string, string[]>> {
  const rows = await db.unitSplitChoice.findMany({ where: { issuingUnitId }, select: { normalisedText: true, names: true } });
  return new Map(rows.map((row) => [row.normalisedText, row.names]));
}

async function rememberedMappings(db: Db, issuingUnitId: string): Promise<Map<string, UnitResolution>> {
  const rows = await db.unitNameMapping.findMany({ where: { issuingUnitId } });
  return new Map(
    rows.flatMap((row) => {
      const resolution = toResolution(row.unitId, row.rule);
      return resolution ? [[row.normalisedName, resolution] as const] : [];
    }),
  );
}

export function toResolution(unitId: string | null | undefined, rule: string | null | undefined): UnitResolution | null {
  if (unitId) return { kind: "unit", unitId };
  if (rule && (GROUP_RULES as readonly string[]).includes(rule)) return { kind: "group", rule: rule as GroupRule };
  return null;
}

/**
 * The user's mappings of written names. A unit named must exist at some time during the plan's years: a
 * ward closed before the plan starts, or created after it ends, cannot carry its tasks. (Not only on the
 * plan's first day: a decision of December may already name a unit that a reorganisation creates in January.)
 */
function givenMappings(mappings: readonly NameMappingInput[], units: DirectoryUnit[], years: DateRange): Map<string, UnitResolution> {
  const given = new Map<string, UnitResolution>();
  for (const mapping of mappings) {
    if (Boolean(mapping.unitId) === Boolean(mapping.rule)) {
      throw badInput(`Tên “${mapping.name}”: hãy chọn đúng một đơn vị hoặc một nhóm đơn vị.`, "mappings");
    }
    const unit = mapping.unitId ? units.find((u) => u.id === mapping.unitId) : undefined;
    if (mapping.unitId && !unit) throw badInput(`Tên “${mapping.name}”: đơn vị được chọn không tồn tại trong danh mục đơn vị.`, "mappings");
    if (unit && (unit.validFrom > years.end || (unit.validTo !== null && unit.validTo < years.start))) {
      throw badInput(
        `Tên “${mapping.name}”: đơn vị được chọn không tồn tại trong thời gian của kế hoạch (${formatVi(years.start)} – ${formatVi(years.end)}); ` +
          "khi đó đơn vị chưa được thành lập hoặc đã giải thể, sáp nhập.",
        "mappings",
      );
    }
    const resolution = toResolution(mapping.unitId, mapping.rule);
    if (resolution) given.set(normaliseUnitName(mapping.name), resolution);
  }
  return given;
}

interface Resolvers {
  issuingUnitId: string;
  units: DirectoryUnit[];
  given: Map<string, UnitResolution>;
  remembered: Map<string, UnitResolution>;
}

function resolve(name: string, key: string, r: Resolvers): { resolution: UnitResolution | null; source: ResolutionSource | null } {
  const given = r.given.get(key);
  if (given) return { resolution: given, source: "given" };
  const remembered = r.remembered.get(key);
  if (remembered) return { resolution: remembered, source: "remembered" };
  const directory = { issuingUnitId: r.issuingUnitId, units: r.units, mappings: new Map() };
  const fromDocument = resolveUnitName(name, directory);
  if (fromDocument) return { resolution: fromDocument, source: "document" };
  // "Các Các phòng, ban…": the doubled word is a typing slip, already flagged in the warnings.
  const suggestion = splitUnitNames(name).suspicious[0]?.suggestion;
  const fromSuggestion = suggestion ? resolveUnitName(suggestion, directory) : null;
  return fromSuggestion ? { resolution: fromSuggestion, source: "suggestion" } : { resolution: null, source: null };
}

function writtenNames(parsed: ImportResult): Array<{ name: string; asLead: boolean; asCoordinating: boolean }> {
  const byKey = new Map<string, { name: string; asLead: boolean; asCoordinating: boolean }>();
  for (const task of parsed.tasks) {
    for (const [names, lead] of [
      [task.leadUnitNames, true],
      [task.coordinatingUnitNames, false],
    ] as const) {
      for (const name of names) {
        const key = normaliseUnitName(name);
        const entry = byKey.get(key) ?? { name, asLead: false, asCoordinating: false };
        if (lead) entry.asLead = true;
        else entry.asCoordinating = true;
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()];
}
