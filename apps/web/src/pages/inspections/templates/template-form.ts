/**
 * The checklist template editor's data: a template as the form holds it, what is sent to
 * reviseChecklistTemplate, and the checks that span several fields (codes repeated across groups) that a
 * single field's rule cannot see. The same limits as the service (`domain/checklist.ts`), so a refusal is
 * shown on the field before anything is sent; the server checks again.
 */
import type { MessageKey } from "../../../i18n/vi.ts";
import type { AssessmentKind, ChecklistTemplate } from "../inspections-api.ts";

export const ASSESSMENT_KINDS = ["YES_NO", "COUNT", "RATE", "SCORE"] as const satisfies readonly AssessmentKind[];

/** The highest maximum a scored criterion (điểm 0–N) may have. */
export const MAX_SCORE_LIMIT = 100;

export interface CriterionFields {
  code?: string;
  text?: string;
  kind: AssessmentKind;
  maxScore?: number | null;
}

export interface GroupFields {
  code?: string;
  name?: string;
  criteria: CriterionFields[];
}

export interface TemplateFields {
  name: string;
  groups: GroupFields[];
}

export interface TemplateInput {
  name: string;
  groups: { code: string; name: string; criteria: { code: string; text: string; kind: AssessmentKind; maxScore: number | null }[] }[];
}

export function fieldsOf(template: ChecklistTemplate): TemplateFields {
  return {
    name: template.name,
    groups: template.groups.map((g) => ({
      code: g.code,
      name: g.name,
      criteria: g.criteria.map((c) => ({ code: c.code, text: c.text, kind: c.kind, maxScore: c.maxScore })),
    })),
  };
}

/** The next free code of a group's new criterion: "3.4" after "3.3" (the author may change it). */
export function nextCriterionCode(group: GroupFields): string {
  const prefix = group.code?.trim() ?? "";
  const used = new Set(group.criteria.map((c) => c.code?.trim()));
  for (let n = group.criteria.length + 1; ; n++) {
    const code = prefix ? `${prefix}.${n}` : String(n);
    if (!used.has(code)) return code;
  }
}

/** Trimmed, and a maximum only on scored criteria (the server refuses one elsewhere). */
export function inputOf(fields: TemplateFields): TemplateInput {
  return {
    name: fields.name.trim(),
    groups: fields.groups.map((g) => ({
      code: (g.code ?? "").trim(),
      name: (g.name ?? "").trim(),
      criteria: g.criteria.map((c) => ({
        code: (c.code ?? "").trim(),
        text: (c.text ?? "").trim(),
        kind: c.kind,
        maxScore: c.kind === "SCORE" ? (c.maxScore ?? null) : null,
      })),
    })),
  };
}

/** A problem found across fields, at the path of the field it is shown on. */
export interface FieldProblem {
  name: (string | number)[];
  message: MessageKey;
}

/**
 * What a single field's rule cannot see: a group or a criterion code used twice (the second is marked),
 * a group without criteria, a template without groups.
 */
export function templateProblems(fields: TemplateFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.groups.length === 0) problems.push({ name: ["name"], message: "inspections.templates.noGroups" });
  const groupCodes = new Set<string>();
  const criterionCodes = new Set<string>();
  fields.groups.forEach((g, gi) => {
    const code = (g.code ?? "").trim();
    if (code && groupCodes.has(code)) problems.push({ name: ["groups", gi, "code"], message: "inspections.templates.duplicateCode" });
    groupCodes.add(code);
    if (g.criteria.length === 0) problems.push({ name: ["groups", gi, "name"], message: "inspections.templates.noCriteria" });
    g.criteria.forEach((c, ci) => {
      const cc = (c.code ?? "").trim();
      if (cc && criterionCodes.has(cc))
        problems.push({ name: ["groups", gi, "criteria", ci, "code"], message: "inspections.templates.duplicateCode" });
      criterionCodes.add(cc);
    });
  });
  return problems;
}
