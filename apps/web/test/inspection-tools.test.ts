import { describe, expect, it } from "vitest";
import { byMonth, monthsOf } from "../src/pages/inspections/calendar/calendar-grid.ts";
import {
  fieldsOf,
  inputOf,
  nextCriterionCode,
  templateProblems,
  type TemplateFields,
} from "../src/pages/inspections/templates/template-form.ts";

const quarter = { windowStart: "2026-01-01", windowEnd: "2026-03-31" };

describe("inspection calendar months", () => {
  it("places an inspection in every month of its window until the visit is set, then in the visit's months", () => {
    expect(monthsOf(quarter, 2026, 1, 12)).toEqual([1, 2, 3]);
    expect(monthsOf({ ...quarter, startDay: "2026-03-12", endDay: "2026-03-13" }, 2026, 1, 12)).toEqual([3]);
    expect(monthsOf({ ...quarter, startDay: "2026-03-30", endDay: "2026-04-02" }, 2026, 1, 12)).toEqual([3, 4]);
  });

  it("keeps only the chosen months of the chosen year", () => {
    expect(monthsOf(quarter, 2026, 2, 2)).toEqual([2]);
    expect(monthsOf(quarter, 2026, 4, 12)).toEqual([]);
    expect(monthsOf({ windowStart: "2025-12-01", windowEnd: "2026-01-31" }, 2026, 1, 12)).toEqual([1]);
  });

  it("lists every chosen month, empty ones too, with its inspections in the order given", () => {
    const a = { id: "a", inspection: { windowStart: "2026-03-01", windowEnd: "2026-03-31" } };
    const b = { id: "b", inspection: quarter };
    const grid = byMonth([a, b], 2026, 2, 4);
    expect(grid.map((m) => [m.month, m.entries.map((e) => e.id)])).toEqual([
      [2, ["b"]],
      [3, ["a", "b"]],
      [4, []],
    ]);
  });
});

const template = {
  id: "t1",
  code: "TTHC",
  name: "Mẫu phiếu kiểm tra công tác kiểm soát TTHC",
  version: 3,
  versionId: "v3",
  groups: [
    {
      code: "2",
      name: "Bộ phận Một cửa",
      criteria: [
        { code: "2.1", text: "Diện tích khu vực tiếp nhận", kind: "YES_NO" as const, maxScore: null },
        { code: "2.2", text: "Trang thiết bị", kind: "SCORE" as const, maxScore: 5 },
      ],
    },
  ],
};

describe("checklist template editor", () => {
  it("sends trimmed fields and a maximum only for a scored criterion", () => {
    const fields: TemplateFields = fieldsOf(template);
    fields.name = `  ${fields.name} `;
    fields.groups[0]!.criteria.push({ code: " 2.3 ", text: " Số công chức  ", kind: "COUNT", maxScore: 7 });
    const input = inputOf(fields);
    expect(input.name).toBe("Mẫu phiếu kiểm tra công tác kiểm soát TTHC");
    expect(input.groups[0]!.criteria.map((c) => [c.code, c.text, c.kind, c.maxScore])).toEqual([
      ["2.1", "Diện tích khu vực tiếp nhận", "YES_NO", null],
      ["2.2", "Trang thiết bị", "SCORE", 5],
      ["2.3", "Số công chức", "COUNT", null],
    ]);
  });

  it("numbers a new criterion after the group's last free code", () => {
    expect(nextCriterionCode(fieldsOf(template).groups[0]!)).toBe("2.3");
    expect(nextCriterionCode({ code: "2", criteria: [{ code: "2.3", kind: "YES_NO" }] })).toBe("2.2");
    expect(nextCriterionCode({ code: "", criteria: [] })).toBe("1");
  });

  it("marks a repeated code on the second field, an empty group and a template without groups", () => {
    const fields = fieldsOf(template);
    fields.groups.push({ code: "2", name: "Nhóm mới", criteria: [] });
    fields.groups[0]!.criteria[1]!.code = "2.1";
    expect(templateProblems(fields)).toEqual([
      { name: ["groups", 0, "criteria", 1, "code"], message: "inspections.templates.duplicateCode" },
      { name: ["groups", 1, "code"], message: "inspections.templates.duplicateCode" },
      { name: ["groups", 1, "name"], message: "inspections.templates.noCriteria" },
    ]);
    expect(templateProblems({ name: "x", groups: [] })).toEqual([{ name: ["name"], message: "inspections.templates.noGroups" }]);
    expect(templateProblems(fieldsOf(template))).toEqual([]);
  });
});
