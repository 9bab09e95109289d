/** The city report's consolidation: hand-computed sums per indicator and table, the form's column groups as tables. */
import { describe, expect, it } from "vitest";
import { briefNarrative, cityReportNumber, consolidate, type AcceptedReport } from "../../src/domain/city-report.ts";
import type { Indicator } from "../../src/domain/report-figures.ts";

const indicator = (code: string, groupName: string, label: string): Indicator => ({
  code,
  groupName,
  label,
  measures: [code],
  aggregate: "flow",
});

const INDICATORS = [
  indicator("dossier.received", "Hồ sơ TTHC", "Tiếp nhận"),
  indicator("dossier.on-time", "Hồ sơ TTHC", "Giải quyết đúng hạn"),
  indicator("pakn.received", "PAKN", "Tổng số"),
];

const report = (unitId: string, figures: Record<string, number>, narrative: string | null = null): AcceptedReport => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  narrative,
  submittedLate: false,
  figures: Object.entries(figures).map(([code, value]) => ({ code, value })),
});

describe("consolidate", () => {
  it("adds the accepted figures per indicator, one table per column group with a row per unit", () => {
    const { tables, totals } = consolidate(INDICATORS, [
      report("a", { "dossier.received": 12, "dossier.on-time": 9, "pakn.received": 3 }),
      // Without a figure for pakn.received (the kind gained it later): 0 for the unit.
      report("b", { "dossier.received": 5, "dossier.on-time": 5 }),
      report("c", { "dossier.received": 0, "dossier.on-time": 0, "pakn.received": 7, "other.code": 100 }),
    ]);
    // 12 + 5 + 0 = 17, 9 + 5 + 0 = 14, 3 + 0 + 7 = 10; a code the kind does not have is left out.
    expect(Object.fromEntries(totals)).toEqual({ "dossier.received": 17, "dossier.on-time": 14, "pakn.received": 10 });
    expect(tables.map((t) => t.groupName)).toEqual(["Hồ sơ TTHC", "PAKN"]);
    expect(tables[0]).toEqual({
      groupName: "Hồ sơ TTHC",
      columns: [
        { code: "dossier.received", label: "Tiếp nhận" },
        { code: "dossier.on-time", label: "Giải quyết đúng hạn" },
      ],
      rows: [
        { unitId: "a", unitName: "Đơn vị a", values: [12, 9] },
        { unitId: "b", unitName: "Đơn vị b", values: [5, 5] },
        { unitId: "c", unitName: "Đơn vị c", values: [0, 0] },
      ],
      totals: [17, 14],
    });
    expect(tables[1]!.rows.map((r) => r.values)).toEqual([[3], [0], [7]]);
    expect(tables[1]!.totals).toEqual([10]);
  });

  it("gives zero totals and empty rows when nothing is accepted", () => {
    const { tables, totals } = consolidate(INDICATORS, []);
    expect(tables.map((t) => t.totals)).toEqual([[0, 0], [0]]);
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
    expect(totals.get("pakn.received")).toBe(0);
  });
});

describe("briefNarrative and the number", () => {
  it("keeps a short narrative, cuts a long one at a word with an ellipsis", () => {
    expect(briefNarrative("  Đã thực hiện\n đầy đủ.  ")).toBe("Đã thực hiện đầy đủ.");
    expect(briefNarrative(null)).toBe("");
    expect(briefNarrative("một hai ba bốn năm", 10)).toBe("một hai…");
  });

  it("numbers an issue by its sequence and symbol", () => {
    expect(cityReportNumber(3, "BC-VP")).toBe("3/BC-VP");
  });
});
