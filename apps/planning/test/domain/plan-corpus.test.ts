import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/documents/docx-to-text.ts";
import { parseDecisionText, PlanImportError, type ImportResult } from "../../src/domain/plan-import/index.ts";
import { corpus, percent, scoreImport, type Score } from "../fixtures/plan-corpus.ts";

/**
 * Eight real task-assignment documents of 2025 in eight table layouts (test/fixtures/plans/), each
 * read as pasted text and as a Word file, scored against what a careful human extracted.
 */
describe("a section row in capitals without a numeral", () => {
  it("heads a section of its own", () => {
    const [doc] = corpus().filter((d) => d.name === "thu-tuong-2597-2025");
    const text = (doc?.text ?? "").replace(/^I\t(CƠ CHẾ, CHÍNH SÁCH)/m, "\t$1");
    const result = parseDecisionText(text);
    expect(result.sections[0]).toEqual({ number: null, title: "CƠ CHẾ, CHÍNH SÁCH", order: 1 });
    expect(result.tasks.filter((t) => t.sectionOrder === 1).length).toBeGreaterThan(0);
  });
});

describe("the corpus of real plans", () => {
  it("reads fields and unit lists at 95% or better (goal 98%)", async () => {
    const total: Score = { fields: { right: 0, total: 0 }, unitLists: { right: 0, total: 0 }, misses: [] };
    const lines: string[] = [];
    for (const doc of corpus()) {
      for (const [form, read] of [
        ["text", async () => parseDecisionText(doc.text)],
        ["docx", async () => parseDecisionText(await parseDocx(doc.docx))],
      ] as const) {
        let result: ImportResult | null = null;
        try {
          result = await read();
        } catch (error) {
          lines.push(`${doc.name} ${form}: refused — ${(error as Error).message}`);
        }
        const score = scoreImport(doc.expected, result);
        total.fields.right += score.fields.right;
        total.fields.total += score.fields.total;
        total.unitLists.right += score.unitLists.right;
        total.unitLists.total += score.unitLists.total;
        total.misses.push(...score.misses.map((miss) => `${doc.name} ${form}: ${miss}`));
        lines.push(
          `${doc.name.padEnd(22)} ${form.padEnd(4)} fields ${percent(score.fields).toFixed(1).padStart(5)}%  unit lists ${percent(score.unitLists).toFixed(1).padStart(5)}%`,
        );
      }
    }
    const fields = percent(total.fields);
    const unitLists = percent(total.unitLists);
    console.log(
      [
        ...lines,
        `field accuracy ${fields.toFixed(2)}% (${total.fields.right}/${total.fields.total}), unit-list accuracy ${unitLists.toFixed(2)}% (${total.unitLists.right}/${total.unitLists.total})`,
        ...total.misses.slice(0, 40),
      ].join("\n"),
    );
    expect(fields).toBeGreaterThanOrEqual(95);
    expect(unitLists).toBeGreaterThanOrEqual(95);
  });

  it("refuses a document whose table header it cannot find, naming what it looked for, and reads nothing", () => {
    const [doc] = corpus();
    const withoutHeader = (doc?.text ?? "")
      .split("\n")
      .filter((line) => !/^(?:STT|TT)\t/.test(line))
      .join("\n");
    let refused: unknown = null;
    try {
      parseDecisionText(withoutHeader);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(PlanImportError);
    expect((refused as PlanImportError).code).toBe("NO_TABLE");
    expect((refused as PlanImportError).message).toMatch(/Không tìm thấy bảng nhiệm vụ/);
    // It names what it looked for, and says that nothing was read.
    expect((refused as PlanImportError).message).toMatch(/“STT” hoặc “TT”.*“Nội dung…”/);
    expect((refused as PlanImportError).message).toMatch(/Chưa có gì được nhập/);
  });
});
