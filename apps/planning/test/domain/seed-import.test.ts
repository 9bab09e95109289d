import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDecisionText, type ImportResult } from "../../src/domain/plan-import/index.ts";
import { parseTimeframe } from "../../src/domain/timeframe/index.ts";

const seedCopy = new URL("../fixtures/seed-2024.txt", import.meta.url);
const seedText = readFileSync(seedCopy, "utf8");
/** Written by hand from the seed (see the fixture): sections, all 23 tasks, and the warnings due. */
const expected = JSON.parse(readFileSync(new URL("../fixtures/seed-expected.json", import.meta.url), "utf8")) as ImportResult;

describe("importing the seed plan", () => {
  const result = parseDecisionText(seedText);

  it("reads exactly the plan written by hand from the document", () => {
    expect(result.decision).toEqual(expected.decision);
    expect(result.unitPlanDeadline).toBe(expected.unitPlanDeadline);
    expect(result.plan).toEqual(expected.plan);
    expect(result.sections).toEqual(expected.sections);
    expect(result.tasks).toEqual(expected.tasks);
    expect(result.warnings.map(({ code, location }) => (location ? { code, location } : { code }))).toEqual(expected.warnings);
  });

  it("keeps both sections numbered VIII, in order, and flags the slip", () => {
    expect(result.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "VIII", "IX"]);
    expect(result.tasks).toHaveLength(23);
    const slip = result.warnings.find((w) => w.code === "DUPLICATE_SECTION_NUMBER");
    expect(slip?.message).toMatch(/Số thứ tự mục “VIII” bị lặp/);
  });

  it("merges the cells continued after a page break into the task above", () => {
    const iv4 = result.tasks.find((t) => t.sectionOrder === 4 && t.number === "4");
    expect(iv4?.content).toContain("(gọi tất là Bộ chỉ số phục vụ người dân, doanh nghiệp).");
    const secondVIII1 = result.tasks.find((t) => t.sectionOrder === 9 && t.number === "1");
    expect(secondVIII1?.timeframeText).toBe("Theo Kế hoạch kiểm tra năm 2024 của UBND thành phố");
    expect(secondVIII1?.leadUnitNames).toEqual(["Văn phòng HĐND-UBND thành phố"]);
  });

  it("never keeps imported HTML", () => {
    const text = JSON.stringify({ tasks: result.tasks, sections: result.sections });
    expect(text).not.toMatch(/<\/?(?:ul|li)\b/i);
    expect(text).not.toContain("**");
  });

  it("reads the blank decision number and date as blank, with warnings in Vietnamese", () => {
    expect(result.decision.number).toBeNull();
    expect(result.decision.date).toBeNull();
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain("DECISION_NUMBER_BLANK");
    expect(codes).toContain("DECISION_DATE_BLANK");
    for (const warning of result.warnings) expect(warning.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it("takes the unit-plan deadline from Article 2", () => {
    expect(result.unitPlanDeadline).toBe("2024-01-10");
  });

  it("parses every timeframe of the seed with nothing left over", () => {
    for (const task of result.tasks) {
      const parsed = parseTimeframe(task.timeframeText, { planYear: 2024 });
      expect({ task: task.timeframeText, unparsed: parsed.unparsed }).toEqual({ task: task.timeframeText, unparsed: [] });
      expect(parsed.parts.length).toBeGreaterThan(0);
    }
    expect(result.warnings.filter((w) => w.code === "UNPARSED_TIMEFRAME")).toEqual([]);
  });
});
