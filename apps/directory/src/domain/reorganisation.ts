/**
 * Reorganisation decisions (quyết định sắp xếp đơn vị, docs/domain.md §0, §10): the changes one decision
 * makes on its effective date, checked against the tree of that date, and the plan of writes that
 * applies them. Pure: the use case loads the units and memberships, this decides.
 */
import { z } from "zod";
import { workKindSchema } from "@tthc/events";
import { addDays, isValidAt, type DateRange } from "./dates.ts";
import { FieldViolations, type FieldProblem } from "./errors.ts";

/** The kinds of open work a successor takes over (the succeeded event's list); every service maps its own work to one of them. */
export const WORK_KINDS = workKindSchema.options;
export type WorkKind = (typeof WORK_KINDS)[number];

const WORK_KIND_NAMES: Record<WorkKind, string> = {
  PLAN_WORK: "việc theo kế hoạch",
  COMPLAINTS: "PAKN",
  RECOMMENDATIONS: "kiến nghị sau kiểm tra",
  USERS: "người dùng",
};

const id = z.string().min(1);
const newUnitSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().nullish(),
  levelCode: z.string().min(1),
  /** Omitted: the parent of the (first) predecessor on the day before. */
  parentId: id.nullish(),
});
export type NewUnit = z.output<typeof newUnitSchema>;

/** A successor: an existing unit, or one the decision creates. */
const targetSchema = z.object({ unitId: id.nullish(), newUnit: newUnitSchema.nullish() });

export const changeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("MERGE"), unitIds: z.array(id).min(1), into: targetSchema }),
  z.object({
    kind: z.literal("SPLIT"),
    unitId: id,
    successors: z.array(targetSchema.extend({ takes: z.array(z.enum(WORK_KINDS)) })).min(2),
  }),
  z.object({ kind: z.literal("DISSOLVE"), unitId: id, receiverId: id }),
  z.object({ kind: z.literal("RENAME"), unitId: id, name: z.string().min(1), shortName: z.string().nullish() }),
  z.object({ kind: z.literal("MOVE"), unitId: id, parentId: id }),
  z.object({ kind: z.literal("CHANGE_LEVEL"), unitId: id, levelCode: z.string().min(1) }),
]);
export type Change = z.output<typeof changeSchema>;
export const changesSchema = z.array(changeSchema).min(1).max(500);

/** What the rules need to know of a unit on the decision's dates. */
export interface KnownUnit extends DateRange {
  id: string;
  name: string;
  levelCode: string;
  isGroup: boolean;
}

/** The tree as the rules see it: every unit the decision names or may affect, and parents on the day before / the effective day. */
export interface TreeSnapshot {
  units: Map<string, KnownUnit>;
  /** Tree parent of each unit on the effective date (before the decision). */
  parentOn: Map<string, string>;
  /** Tree parent of each unit on the day before the effective date. */
  parentBefore: Map<string, string>;
  levelCodes: Set<string>;
  /** Codes already held by a unit. */
  takenCodes: Set<string>;
}

/** A successor in the plan: an existing unit's id, or the index of a unit the plan creates. */
export type SuccessorRef = { unitId: string } | { created: number };

export interface PlannedSuccession {
  predecessorId: string;
  successor: SuccessorRef;
  workKinds: WorkKind[];
  kind: "MERGE" | "SPLIT" | "DISSOLVE";
}

export interface ReorganisationPlan {
  effectiveFrom: Date;
  /** The predecessors' last day. */
  lastDay: Date;
  create: Array<NewUnit & { parentId: string | null; groupIds: string[] }>;
  close: string[];
  successions: PlannedSuccession[];
  rename: Array<{ unitId: string; name: string; shortName: string | null }>;
  move: Array<{ unitId: string; parentId: string }>;
  changeLevel: Array<{ unitId: string; levelCode: string }>;
}

/** Group memberships on the day before, by unit (a merged unit's groups pass to the new unit). */
export type GroupsBefore = Map<string, string[]>;

const problem = (field: string, messageVi: string, messageEn: string): FieldProblem => ({ field, messageVi, messageEn });

/**
 * Check a decision's changes against the tree of its effective date and plan the writes. Every problem
 * is reported at once (FieldViolations, fields named `changes.<n>`); nothing is planned if there is one.
 */
export function planReorganisation(
  changes: readonly Change[],
  effectiveFrom: Date,
  tree: TreeSnapshot,
  groupsBefore: GroupsBefore,
): ReorganisationPlan {
  const problems: FieldProblem[] = [];
  const lastDay = addDays(effectiveFrom, -1);
  const plan: ReorganisationPlan = {
    effectiveFrom,
    lastDay,
    create: [],
    close: [],
    successions: [],
    rename: [],
    move: [],
    changeLevel: [],
  };
  const closing = new Set<string>();
  const newCodes = new Set<string>();
  const name = (unitId: string) => tree.units.get(unitId)?.name ?? unitId;

  /** A unit the change acts on: it exists on the effective date and no earlier change closes it. */
  const existing = (unitId: string, field: string): KnownUnit | null => {
    const unit = tree.units.get(unitId);
    if (!unit || !isValidAt(unit, effectiveFrom) || !isValidAt(unit, lastDay)) {
      problems.push(
        problem(
          field,
          "Đơn vị không tồn tại vào ngày trước ngày hiệu lực của quyết định",
          "The unit does not exist on the day before the effective date",
        ),
      );
      return null;
    }
    if (closing.has(unitId)) {
      problems.push(
        problem(
          field,
          `${unit.name} đã được sắp xếp bởi một thay đổi khác của quyết định`,
          "Another change of the decision already closes this unit",
        ),
      );
      return null;
    }
    return unit;
  };

  /** A successor: an existing unit that exists on the effective date and is not closed by the decision, or a new one. */
  const successor = (target: z.output<typeof targetSchema>, field: string, from: string[]): SuccessorRef | null => {
    if (target.unitId && target.newUnit) {
      problems.push(
        problem(field, "Chọn một đơn vị có sẵn hoặc khai báo đơn vị mới, không cả hai", "Give an existing unit or a new one, not both"),
      );
      return null;
    }
    if (target.unitId) {
      const unit = tree.units.get(target.unitId);
      if (!unit || !isValidAt(unit, effectiveFrom)) {
        problems.push(
          problem(field, "Đơn vị tiếp nhận không tồn tại vào ngày hiệu lực", "The successor does not exist on the effective date"),
        );
        return null;
      }
      if (closing.has(target.unitId) || from.includes(target.unitId)) {
        problems.push(problem(field, `Không thể sáp nhập ${unit.name} vào chính nó`, "A unit cannot be merged into itself"));
        return null;
      }
      if (unit.isGroup) {
        problems.push(problem(field, "Một nhóm đơn vị không thể tiếp nhận công việc", "A group cannot take over work"));
        return null;
      }
      return { unitId: target.unitId };
    }
    if (!target.newUnit) {
      problems.push(problem(field, "Thiếu đơn vị tiếp nhận", "A successor is required"));
      return null;
    }
    const unit = target.newUnit;
    if (tree.takenCodes.has(unit.code) || newCodes.has(unit.code)) {
      problems.push(problem(`${field}.code`, `Mã "${unit.code}" đã được dùng cho đơn vị khác`, `Code "${unit.code}" is already used`));
      return null;
    }
    if (!tree.levelCodes.has(unit.levelCode)) {
      problems.push(problem(`${field}.levelCode`, `Cấp đơn vị "${unit.levelCode}" không có`, `Unknown unit level "${unit.levelCode}"`));
      return null;
    }
    const parentId = unit.parentId ?? tree.parentBefore.get(from[0]!) ?? null;
    newCodes.add(unit.code);
    const groupIds = [...new Set(from.flatMap((f) => groupsBefore.get(f) ?? []))];
    plan.create.push({ ...unit, shortName: unit.shortName ?? null, parentId, groupIds });
    return { created: plan.create.length - 1 };
  };

  const close = (unitId: string) => {
    closing.add(unitId);
    plan.close.push(unitId);
  };

  changes.forEach((change, n) => {
    const field = `changes.${n}`;
    switch (change.kind) {
      case "MERGE": {
        if (new Set(change.unitIds).size !== change.unitIds.length) {
          problems.push(problem(field, "Một đơn vị được kê hai lần trong cùng thay đổi", "A unit is listed twice"));
          return;
        }
        const from = change.unitIds.filter((u) => existing(u, `${field}.unitIds`));
        if (from.length !== change.unitIds.length) return;
        const target = successor(change.into, `${field}.into`, from);
        if (!target) return;
        for (const u of from) {
          close(u);
          plan.successions.push({ predecessorId: u, successor: target, workKinds: [...WORK_KINDS], kind: "MERGE" });
        }
        return;
      }
      case "SPLIT": {
        if (!existing(change.unitId, `${field}.unitId`)) return;
        const taken = new Map<WorkKind, number>();
        change.successors.forEach((s, i) =>
          s.takes.forEach((kind) => {
            if (taken.has(kind))
              problems.push(
                problem(
                  `${field}.successors.${i}.takes`,
                  `${WORK_KIND_NAMES[kind]} được giao cho hai đơn vị`,
                  `${kind} is given to two successors`,
                ),
              );
            taken.set(kind, i);
          }),
        );
        const untaken = WORK_KINDS.filter((k) => !taken.has(k));
        if (untaken.length > 0) {
          problems.push(
            problem(
              `${field}.successors`,
              `Chưa quy định đơn vị tiếp nhận ${untaken.map((k) => WORK_KIND_NAMES[k]).join(", ")} của ${name(change.unitId)}`,
              `No successor takes ${untaken.join(", ")}`,
            ),
          );
          return;
        }
        const targets = change.successors.map((s, i) => successor(s, `${field}.successors.${i}`, [change.unitId]));
        if (targets.some((t) => !t)) return;
        close(change.unitId);
        change.successors.forEach((s, i) => {
          if (s.takes.length > 0)
            plan.successions.push({ predecessorId: change.unitId, successor: targets[i]!, workKinds: s.takes, kind: "SPLIT" });
        });
        return;
      }
      case "DISSOLVE": {
        if (!existing(change.unitId, `${field}.unitId`)) return;
        const target = successor({ unitId: change.receiverId }, `${field}.receiverId`, [change.unitId]);
        if (!target) return;
        close(change.unitId);
        plan.successions.push({ predecessorId: change.unitId, successor: target, workKinds: [...WORK_KINDS], kind: "DISSOLVE" });
        return;
      }
      case "RENAME": {
        if (!existing(change.unitId, `${field}.unitId`)) return;
        plan.rename.push({ unitId: change.unitId, name: change.name.trim(), shortName: change.shortName?.trim() || null });
        return;
      }
      case "CHANGE_LEVEL": {
        if (!existing(change.unitId, `${field}.unitId`)) return;
        if (!tree.levelCodes.has(change.levelCode)) {
          problems.push(
            problem(`${field}.levelCode`, `Cấp đơn vị "${change.levelCode}" không có`, `Unknown unit level "${change.levelCode}"`),
          );
          return;
        }
        plan.changeLevel.push({ unitId: change.unitId, levelCode: change.levelCode });
        return;
      }
      case "MOVE": {
        if (!existing(change.unitId, `${field}.unitId`)) return;
        const parent = tree.units.get(change.parentId);
        if (!parent || !isValidAt(parent, effectiveFrom) || parent.isGroup) {
          problems.push(
            problem(
              `${field}.parentId`,
              "Đơn vị cấp trên không tồn tại vào ngày hiệu lực",
              "The new parent does not exist on the effective date",
            ),
          );
          return;
        }
        plan.move.push({ unitId: change.unitId, parentId: change.parentId });
        return;
      }
    }
  });

  if (problems.length === 0) problems.push(...treeProblems(plan, tree, closing));
  if (problems.length > 0) throw new FieldViolations(problems);
  return plan;
}

/** After the decision: no unit under itself, nothing left under a closed unit or a moved-away parent that closes. */
function treeProblems(plan: ReorganisationPlan, tree: TreeSnapshot, closing: Set<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parent = new Map(tree.parentOn);
  for (const m of plan.move) parent.set(m.unitId, m.parentId);
  for (const c of closing) parent.delete(c);
  for (const start of plan.move.map((m) => m.unitId)) {
    const seen = new Set<string>([start]);
    for (let p = parent.get(start); p; p = parent.get(p)) {
      if (seen.has(p)) {
        problems.push(
          problem(
            "changes",
            `Thay đổi tạo vòng lặp đơn vị cấp trên: ${tree.units.get(start)?.name ?? start}`,
            "The moves make a cycle of parents",
          ),
        );
        break;
      }
      seen.add(p);
    }
  }
  for (const [child, p] of parent) {
    if (closing.has(p) && !closing.has(child)) {
      problems.push(
        problem(
          "changes",
          `${tree.units.get(child)?.name ?? child} vẫn trực thuộc ${tree.units.get(p)?.name ?? p}, đơn vị bị giải thể; hãy chuyển hoặc sắp xếp cả đơn vị này`,
          "A unit would be left under a closed unit; move or close it in the same decision",
        ),
      );
    }
  }
  for (const [i, created] of plan.create.entries()) {
    if (created.parentId && (closing.has(created.parentId) || !tree.units.has(created.parentId))) {
      problems.push(
        problem(
          `create.${i}.parentId`,
          `Đơn vị cấp trên của ${created.name} không tồn tại vào ngày hiệu lực`,
          "The new unit's parent does not exist then",
        ),
      );
    }
  }
  return problems;
}

/** The successors' ids a succession list names, now that new units have theirs. */
export function successorId(ref: SuccessorRef, createdIds: readonly string[]): string {
  return "unitId" in ref ? ref.unitId : createdIds[ref.created]!;
}

/** Successions as stored: one row per predecessor and successor. */
export interface Succession {
  predecessorId: string;
  successorId: string;
  workKinds: WorkKind[];
  effectiveFrom: Date;
}

/**
 * The units that hold a past unit's work on `date`: follow successions (only those in effect by then)
 * until units that were not closed by then. Each reached unit keeps the work kinds that led to it.
 */
export function currentSuccessors(
  unitId: string,
  date: Date,
  successionsOf: (id: string) => readonly Succession[],
): Array<{ unitId: string; workKinds: WorkKind[] }> {
  const result = new Map<string, Set<WorkKind>>();
  const walk = (id: string, kinds: readonly WorkKind[], seen: Set<string>) => {
    const next = successionsOf(id).filter((s) => s.effectiveFrom <= date);
    if (next.length === 0 || seen.has(id)) {
      const held = result.get(id) ?? new Set<WorkKind>();
      kinds.forEach((k) => held.add(k));
      result.set(id, held);
      return;
    }
    for (const s of next) {
      const passed = kinds.filter((k) => s.workKinds.includes(k));
      if (passed.length > 0) walk(s.successorId, passed, new Set([...seen, id]));
    }
  };
  walk(unitId, WORK_KINDS, new Set());
  return [...result].map(([id, kinds]) => ({ unitId: id, workKinds: WORK_KINDS.filter((k) => kinds.has(k)) }));
}
