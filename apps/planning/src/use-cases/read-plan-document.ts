/**
 * A pasted (or uploaded) plan decision read against the directory: the parsed plan, its year and
 * issuing unit, and what every unit name it writes stands for. Shared by the preview (which stores
 * nothing) and the import (which stores exactly what the preview showed).
 */
import type { LocalDate } from "@tthc/calendar";
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

export interface NameMappingInput {
  name: string;
  unitId?: string | null;
  rule?: GroupRule | null;
}

export interface PlanDocumentInput {
  text: string;
  year?: number | null;
  issuingUnitId?: string | null;
  mappings?: readonly NameMappingInput[] | null;
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
  /** The day group names are expanded on: the decision's date, else 1 January of the plan year. */
  planDay: LocalDate;
  issuingUnit: DirectoryUnit;
  units: DirectoryUnit[];
  names: NameResolution[];
}

const MAX_TEXT_LENGTH = 2_000_000;

export async function readPlanDocument(db: Db, input: PlanDocumentInput): Promise<PlanDocument> {
  if (input.text.length > MAX_TEXT_LENGTH) throw badInput("Văn bản quá dài (tối đa 2 triệu ký tự).", "text");
  const parsed = parseText(input.text);
  const year = input.year ?? parsed.plan.year;
  if (year === null || year === undefined)
    throw badInput("Không xác định được năm của kế hoạch trong văn bản. Vui lòng nhập năm kế hoạch.", "year");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("Năm kế hoạch không hợp lệ (2000–2100).", "year");
  const planDay = (parsed.decision.date ?? `${year}-01-01`) as LocalDate;

  const allUnits = await directoryUnits(db);
  const issuingUnit = findIssuingUnit(allUnits, parsed, input.issuingUnitId ?? null);
  const units = allUnits.filter((u) => isActiveOn(u, planDay));
  const remembered = await rememberedMappings(db, issuingUnit.id);
  const given = givenMappings(input.mappings ?? [], allUnits);

  const names = writtenNames(parsed).map(({ name, asLead, asCoordinating }): NameResolution => {
    const normalisedName = normaliseUnitName(name);
    const { resolution, source } = resolve(name, normalisedName, { issuingUnitId: issuingUnit.id, units, given, remembered });
    const memberIds = resolution ? expandResolution(resolution, { issuingUnitId: issuingUnit.id, units }, planDay) : [];
    return { name, normalisedName, asLead, asCoordinating, resolution, source, memberIds };
  });
  const unknownGiven = [...given.keys()].filter((key) => !names.some((n) => n.normalisedName === key));
  if (unknownGiven.length > 0)
    throw badInput(`Tên đơn vị được đối chiếu không có trong văn bản: “${unknownGiven.join("”, “")}”.`, "mappings");
  return { parsed, year, planDay, issuingUnit, units, names };
}

function parseText(text: string): ImportResult {
  try {
    return parseDecisionText(text);
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

function givenMappings(mappings: readonly NameMappingInput[], units: DirectoryUnit[]): Map<string, UnitResolution> {
  const given = new Map<string, UnitResolution>();
  for (const mapping of mappings) {
    if (Boolean(mapping.unitId) === Boolean(mapping.rule)) {
      throw badInput(`Tên “${mapping.name}”: hãy chọn đúng một đơn vị hoặc một nhóm đơn vị.`, "mappings");
    }
    if (mapping.unitId && !units.some((u) => u.id === mapping.unitId)) {
      throw badInput(`Tên “${mapping.name}”: đơn vị được chọn không có trong danh mục.`, "mappings");
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
