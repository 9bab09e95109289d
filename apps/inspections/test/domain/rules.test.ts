import type { LocalDate } from "@tthc/calendar";
import { describe, expect, it } from "vitest";
import {
  answerValueProblem,
  assessmentsDiffer,
  DEFAULT_TEMPLATE_GROUPS,
  periodWindow,
  planProblem,
  recommendationDue,
  templateProblem,
} from "../../src/domain/index.ts";

const day = (d: string) => d as LocalDate;

describe("checklist answers", () => {
  const yesNo = { code: "1.1", kind: "yes_no" as const, maxScore: null };
  const count = { code: "3.2", kind: "count" as const, maxScore: null };
  const rate = { code: "3.1", kind: "rate" as const, maxScore: null };
  const score = { code: "2.2", kind: "score" as const, maxScore: 5 };

  it("accepts each kind's range and refuses what is outside it, in Vietnamese", () => {
    expect([0, 1].map((v) => answerValueProblem(yesNo, v))).toEqual([null, null]);
    expect(answerValueProblem(yesNo, 2)?.messageVi).toBe("Tiêu chí 1.1: chỉ nhận Có (1) hoặc Không (0).");
    expect(answerValueProblem(count, 12)).toBeNull();
    expect(answerValueProblem(count, 1.5)?.code).toBe("ANSWER_OUT_OF_RANGE");
    expect(answerValueProblem(count, -1)?.code).toBe("ANSWER_OUT_OF_RANGE");
    expect(answerValueProblem(rate, 97.5)).toBeNull();
    expect(answerValueProblem(rate, 100.1)?.messageVi).toBe("Tiêu chí 3.1: tỷ lệ phải từ 0 đến 100%.");
    expect(answerValueProblem(score, 5)).toBeNull();
    expect(answerValueProblem(score, 6)?.messageVi).toBe("Tiêu chí 2.2: điểm phải là số nguyên từ 0 đến 5.");
  });

  it("highlights a difference only when both columns are answered", () => {
    expect(assessmentsDiffer(1, 0)).toBe(true);
    expect(assessmentsDiffer(80, 80)).toBe(false);
    expect(assessmentsDiffer(null, 0)).toBe(false);
  });
});

describe("templates", () => {
  it("the default template has the seven groups of the issue and is valid", () => {
    expect(templateProblem(DEFAULT_TEMPLATE_GROUPS)).toBeNull();
    expect(DEFAULT_TEMPLATE_GROUPS.map((g) => g.name)).toEqual([
      "Công khai thủ tục hành chính",
      "Cơ sở vật chất, trang thiết bị và nhân sự của Bộ phận Một cửa",
      "Giải quyết hồ sơ đúng hạn và phiếu xin lỗi đối với hồ sơ trễ hạn",
      "Dịch vụ công trực tuyến và thanh toán trực tuyến",
      "Số hóa hồ sơ, kết quả giải quyết TTHC",
      "Tiếp nhận, xử lý phản ánh, kiến nghị",
      "Chế độ thông tin, báo cáo",
    ]);
  });

  it("refuses repeated codes, a score without its top and a top on a yes/no", () => {
    const group = (criteria: { code: string; text: string; kind: "yes_no" | "score"; maxScore?: number | null }[]) => [
      { code: "1", name: "Nhóm", criteria },
    ];
    expect(
      templateProblem(
        group([
          { code: "a", text: "x", kind: "yes_no" },
          { code: "a", text: "y", kind: "yes_no" },
        ]),
      )?.code,
    ).toBe("DUPLICATE_CODE");
    expect(templateProblem(group([{ code: "a", text: "x", kind: "score" }]))?.code).toBe("BAD_MAX_SCORE");
    expect(templateProblem(group([{ code: "a", text: "x", kind: "yes_no", maxScore: 3 }]))?.code).toBe("BAD_MAX_SCORE");
    expect(templateProblem([])?.code).toBe("EMPTY_TEMPLATE");
  });
});

describe("plan items", () => {
  const item = { unitId: "u1", periodKind: "month" as const, period: 4, type: "periodic" as const, focus: "Công khai TTHC" };
  const known = (id: string) => (id === "u1" ? null : { vi: "Đơn vị được kiểm tra không tồn tại.", en: "Unknown unit." });

  it("accepts a month 1–12 or a quarter 1–4 of a known unit", () => {
    expect(planProblem(2026, "Kế hoạch", [item, { ...item, periodKind: "quarter", period: 4 }], known)).toBeNull();
    expect(planProblem(2026, "Kế hoạch", [{ ...item, period: 13 }], known)?.messageVi).toBe("Dòng 1: tháng phải từ 1 đến 12.");
    expect(planProblem(2026, "Kế hoạch", [item, { ...item, periodKind: "quarter", period: 5 }], known)?.messageVi).toBe(
      "Dòng 2: quý phải từ 1 đến 4.",
    );
    expect(planProblem(2026, "Kế hoạch", [{ ...item, unitId: "u2" }], known)?.code).toBe("UNKNOWN_UNIT");
    expect(planProblem(2026, "Kế hoạch", [], known)?.code).toBe("NO_ITEMS");
  });

  it("schedules an item in its month or quarter", () => {
    expect(periodWindow(2026, "month", 2)).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(periodWindow(2026, "quarter", 3)).toEqual({ start: "2026-07-01", end: "2026-09-30" });
  });
});

describe("recommendation due days", () => {
  const visit = { startDay: day("2026-04-20"), endDay: day("2026-04-21") };
  const today = day("2026-03-16");

  it("counts working days after the visit, past the Hùng Kings' day off and 30/4–1/5", () => {
    // 22, 23, 24, (27 off: 26/4 fell on a Sunday), 28, 29, (30/4, 1/5 off), 4, 5, 6, 7, 8/5.
    expect(recommendationDue({ workingDays: 10 }, visit, today)).toEqual({ ok: true, dueDay: "2026-05-08" });
  });

  it("takes a day on or after the inspection's first day and refuses one before it", () => {
    expect(recommendationDue({ dueDay: day("2026-04-20") }, visit, today)).toEqual({ ok: true, dueDay: "2026-04-20" });
    const before = recommendationDue({ dueDay: day("2026-04-19") }, visit, today);
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.messageVi).toBe("Hạn thực hiện kiến nghị không được trước ngày kiểm tra (20/04/2026).");
  });

  it("needs exactly one of a day and a number of working days", () => {
    const both = recommendationDue({ dueDay: day("2026-05-01"), workingDays: 3 }, visit, today);
    const neither = recommendationDue({}, visit, today);
    expect([both.ok, neither.ok]).toEqual([false, false]);
  });
});
