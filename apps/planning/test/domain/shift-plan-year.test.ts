import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shiftPlanYear, shiftYearsInText } from "../../src/domain/occurrences.ts";
import { parseDecisionText } from "../../src/domain/plan-import/index.ts";
import { parseTimeframe } from "../../src/domain/timeframe/index.ts";

describe("shiftPlanYear", () => {
  it("moves timeframe dates and plan years to the next year", () => {
    expect(shiftYearsInText("Muộn nhất trong tháng 01/2024", 2024, 2025)).toBe("Muộn nhất trong tháng 01/2025");
    expect(shiftYearsInText("Theo Kế hoạch kiểm tra năm 2024 của UBND thành phố", 2024, 2025)).toBe(
      "Theo Kế hoạch kiểm tra năm 2025 của UBND thành phố",
    );
    expect(shiftYearsInText("Trước ngày 15/01/2025", 2024, 2025)).toBe("Trước ngày 15/01/2026");
  });

  it("leaves cited documents alone: they exist with their own dates", () => {
    const text = "theo Quyết định số 18/2015/QĐ-UBND ngày 29/9/2015 và Kế hoạch số 12/KH-UBND ngày 05/01/2024 trong năm 2024";
    expect(shiftYearsInText(text, 2024, 2025)).toBe(
      "theo Quyết định số 18/2015/QĐ-UBND ngày 29/9/2015 và Kế hoạch số 12/KH-UBND ngày 05/01/2024 trong năm 2025",
    );
  });

  it("copies every task of the seed with its texts and parsed timeframe shifted", () => {
    const seed = parseDecisionText(readFileSync(new URL("../fixtures/seed-2024.txt", import.meta.url), "utf8"));
    const tasks = seed.tasks.map((task) => ({ ...task, timeframe: parseTimeframe(task.timeframeText, { planYear: 2024 }) }));
    const copied = shiftPlanYear(tasks, 2024, 2025);

    expect(copied).toHaveLength(23);
    expect(copied[0]?.timeframeText).toBe(
      "Muộn nhất trong tháng 01/2025 hoặc theo thời hạn được giao tại Kế hoạch của UBND tỉnh; bám sát theo tình hình thực tiễn",
    );
    expect(copied[0]?.timeframe?.parts[0]).toEqual({ kind: "deadline", date: "2025-01-31", text: "Muộn nhất trong tháng 01/2025" });
    expect(copied[0]?.content).toContain("kiểm soát TTHC năm 2025");
    expect(copied[0]?.resultItems[1]).toBe("Phối hợp rà soát, đánh giá TTHC năm 2025");
    expect(copied[3]?.timeframe?.parts[0]).toMatchObject({ kind: "quarters", quarters: [2, 4], year: 2025 });
    // II.3 cites Decision 18/2015: unchanged.
    expect(copied[4]?.content).toBe(tasks[4]?.content);
    // The parsed copy is what parsing the shifted text for the new year gives.
    for (const task of copied) expect(task.timeframe).toEqual(parseTimeframe(task.timeframeText, { planYear: 2025 }));
    // The source is not modified.
    expect(tasks[0]?.timeframeText).toContain("01/2024");
  });

  it("keeps the end of February the end of February", () => {
    const [task] = shiftPlanYear(
      [{ timeframeText: "Trong tháng 02/2024", timeframe: parseTimeframe("Trong tháng 02/2024", { planYear: 2024 }) }],
      2024,
      2025,
    );
    expect(task?.timeframe?.parts[0]).toMatchObject({ kind: "deadline", date: "2025-02-28" });
  });
});
