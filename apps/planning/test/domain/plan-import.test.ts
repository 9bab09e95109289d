import { describe, expect, it } from "vitest";
import { parseDecisionText, PlanImportError } from "../../src/domain/plan-import/index.ts";
import { HEADER_ROW, smallPlan } from "../fixtures/small-plan.ts";

function importError(run: () => unknown): PlanImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanImportError) return error;
    throw error;
  }
  throw new Error("expected a PlanImportError");
}

describe("parseDecisionText: input that cannot be a plan", () => {
  it("rejects an empty document", () => {
    for (const text of ["", "   \n\t\n  ", "\uFEFF\n"]) {
      const error = importError(() => parseDecisionText(text));
      expect(error.code).toBe("EMPTY_DOCUMENT");
      expect(error.message).toMatch(/^Văn bản trống/);
    }
  });

  it("rejects a document without a task table", () => {
    const error = importError(() =>
      parseDecisionText("QUYẾT ĐỊNH\nBan hành Kế hoạch năm 2024\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch."),
    );
    expect(error.code).toBe("NO_TABLE");
    expect(error.message).toMatch(/Không tìm thấy bảng nhiệm vụ/);
  });

  it("rejects a table without tasks", () => {
    expect(importError(() => parseDecisionText(smallPlan(["I. Mục một\t\t\t\t\t"]))).code).toBe("NO_TASKS");
  });
});

describe("parseDecisionText: a plan with its number and date", () => {
  const result = parseDecisionText(smallPlan(["I. Mục một\t\t\t\t\t", "1\tRà soát TTHC\tQuý I\tPhòng Nội vụ\t\tBáo cáo"]));

  it("reads the decision header, the signature and the Article 2 deadline", () => {
    expect(result.decision).toEqual({
      number: "15/QĐ-UBND",
      date: "2024-12-20",
      place: "Hồng Châu",
      issuer: "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG CHÂU",
      title: "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025",
      signer: "Nguyễn Văn An",
      signerTitle: "PHÓ CHỦ TỊCH",
      signingCapacity: "KT. CHỦ TỊCH",
    });
    expect(result.unitPlanDeadline).toBe("2025-01-15");
    expect(result.plan).toEqual({ year: 2025, title: "Kiểm soát thủ tục hành chính năm 2025" });
    expect(result.warnings).toEqual([]);
  });
});

describe("parseDecisionText: cell contents", () => {
  it("keeps any markup other than list wrappers as literal text", () => {
    const result = parseDecisionText(
      smallPlan([
        "I. Mục <i>một</i>\t\t\t\t\t",
        '1\tNội dung <script>alert("x")</script> và <b>chữ đậm</b>\tQuý I\tPhòng Nội vụ\t\t<ul style="x"><li>- Mục a;</li><li>- Mục <img src=x onerror=alert(1)> b</li></ul>',
      ]),
    );
    const [task] = result.tasks;
    expect(result.sections[0]?.title).toBe("Mục <i>một</i>");
    expect(task?.content).toBe('Nội dung <script>alert("x")</script> và <b>chữ đậm</b>');
    expect(task?.expectedResult).toBe("- Mục a; - Mục <img src=x onerror=alert(1)> b");
    expect(task?.resultItems).toEqual(["Mục a", "Mục <img src=x onerror=alert(1)> b"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["MARKUP_STRIPPED"]);
  });

  it("flags a timeframe it cannot read, and an empty one, without guessing", () => {
    const result = parseDecisionText(
      smallPlan(["I. Mục một\t\t\t\t\t", "1\tViệc A\tTuỳ tình hình\tPhòng Nội vụ\t\t", "2\tViệc B\t\tPhòng Nội vụ\t\t"]),
    );
    const warnings = result.warnings.filter((w) => w.code === "UNPARSED_TIMEFRAME");
    expect(warnings.map((w) => w.location)).toEqual([
      { sectionOrder: 1, section: "I", task: "1", field: "timeframe" },
      { sectionOrder: 1, section: "I", task: "2", field: "timeframe" },
    ]);
    expect(warnings[1]?.message).toMatch(/để trống/);
  });

  it("maps columns by their header, whatever their order, and reads a numeral in the Stt column", () => {
    const text =
      smallPlan([]).replace(HEADER_ROW, "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời hạn\tKết quả\tPhối hợp") +
      "\nII\tMục hai\t\t\t\t\n1\tViệc A\tPhòng Nội vụ\tTrước ngày 30/6/2025\tBáo cáo\tPhòng Tư pháp";
    const result = parseDecisionText(text);
    expect(result.sections).toEqual([{ number: "II", title: "Mục hai", order: 1 }]);
    expect(result.tasks[0]).toMatchObject({
      content: "Việc A",
      leadUnitNames: ["Phòng Nội vụ"],
      timeframeText: "Trước ngày 30/6/2025",
      expectedResult: "Báo cáo",
      coordinatingUnitNames: ["Phòng Tư pháp"],
    });
  });

  it("skips page furniture between a page break and the repeated header, and says so", () => {
    const result = parseDecisionText(
      smallPlan(["I. Mục một\t\t\t\t\t", "1\tViệc dài\tQuý I\tPhòng\t\t", "2", HEADER_ROW, "\tcòn tiếp\t\tNội vụ\t\t", "Nơi lưu: VT"]),
    );
    expect(result.tasks[0]).toMatchObject({ content: "Việc dài còn tiếp", leadUnitNames: ["Phòng Nội vụ"] });
    expect(result.warnings.map((w) => [w.code, w.location?.line])).toEqual([["IGNORED_TEXT", 18]]);
  });

  it("reports a continuation row with no task above it and a row it cannot read", () => {
    const result = parseDecisionText(
      smallPlan(["I. Mục một\t\t\t\t\t", "\tmồ côi\t\t\t\t", "Ghi chú\tViệc lạ\t\t\t\t", "1\tViệc A\tQuý I\tPhòng Nội vụ\t\t"]),
    );
    expect(result.tasks).toHaveLength(1);
    expect(result.warnings.map((w) => w.code)).toEqual(["ORPHAN_CONTINUATION", "UNRECOGNISED_ROW"]);
  });
});
