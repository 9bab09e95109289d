import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { DOCX_LIMITS, parseDocx } from "../../src/documents/docx-to-text.ts";
import { parseDecisionText, PlanImportError, type ImportResult } from "../../src/domain/plan-import/index.ts";
import { declaredBomb, lyingBomb, manyEntries } from "../fixtures/zip-bomb.ts";

type Cell = string | { text: string | string[]; columnSpan?: number; rowSpan?: number };

function cell(spec: Cell): TableCell {
  const { text, columnSpan, rowSpan } = typeof spec === "string" ? { text: spec } : spec;
  const paragraphs = (Array.isArray(text) ? text : [text]).map((line) => new Paragraph(line));
  return new TableCell({ children: paragraphs, ...(columnSpan ? { columnSpan } : {}), ...(rowSpan ? { rowSpan } : {}) });
}

function table(rows: Cell[][], headerRows = 1): Table {
  return new Table({ rows: rows.map((cells, i) => new TableRow({ tableHeader: i < headerRows, children: cells.map(cell) })) });
}

/** A paragraph whose lines are separated by line breaks (Shift+Enter), as in the seed's title. */
function paragraph(lines: string[]): Paragraph {
  return new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
}

async function docxOf(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function importError(run: () => Promise<unknown>): Promise<PlanImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PlanImportError) return error;
    throw error;
  }
  throw new Error("expected a PlanImportError");
}

const HEADER = ["Stt", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả"];

describe("parseDocx: paragraphs within cells and vertical merges (issue 15)", () => {
  it("splits a unit cell by its paragraphs and gives a cell merged down to each task it covers", async () => {
    const buffer = await docxOf([
      new Paragraph("KẾ HOẠCH"),
      new Paragraph("Kiểm soát thủ tục hành chính năm 2025"),
      table([
        ["TT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Nguồn kinh phí"],
        [
          "1",
          "Rà soát thủ tục",
          { text: ["Sở Tài chính", "Sở Khoa học và Công nghệ"] },
          "UBND các xã, phường",
          "Năm 2025",
          { text: "Ngân sách tỉnh", rowSpan: 3 },
        ],
        ["2", "Công khai thủ tục", "Sở Nội vụ", "", "Quý IV-2025"],
        ["3", "Số hóa hồ sơ", "Sở Tư pháp", "", "2025"],
      ]),
    ]);
    const result = parseDecisionText(await parseDocx(buffer));
    // One unit per paragraph: two names, not "Sở Tài chính Sở Khoa học và Công nghệ".
    expect(result.tasks[0]?.leadUnitNames).toEqual(["Sở Tài chính", "Sở Khoa học và Công nghệ"]);
    expect(result.tasks.map((t) => t.attributes)).toEqual([
      { "Nguồn kinh phí": "Ngân sách tỉnh" },
      { "Nguồn kinh phí": "Ngân sách tỉnh" },
      { "Nguồn kinh phí": "Ngân sách tỉnh" },
    ]);
  });
});

describe("parseDocx", () => {
  it("reads a small plan: layout tables, merged cells, list paragraphs and literal markup", async () => {
    const buffer = await docxOf([
      table(
        [
          [
            { text: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HƯNG YÊN"] },
            { text: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] },
          ],
          ["Số: 21/QĐ-UBND", "TP. Hưng Yên, ngày 25 tháng 12 năm 2024"],
        ],
        0,
      ),
      new Paragraph("QUYẾT ĐỊNH"),
      new Paragraph("Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025"),
      new Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"),
      new Paragraph("Điều 2. Các đơn vị gửi kế hoạch của đơn vị về Văn phòng HĐND - UBND thành phố trước ngày 10/01/2025."),
      new Paragraph("Điều 3. Các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./."),
      table([[{ text: ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."] }, { text: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"] }]], 0),
      new Paragraph("KẾ HOẠCH"),
      paragraph(["Kiểm soát thủ tục hành chính", "thành phố Hưng Yên năm 2025"]),
      table([
        HEADER,
        [{ text: "I. Công khai TTHC & niêm yết", columnSpan: 6 }],
        [
          "1",
          "Niêm yết <script>alert(1)</script> tại trụ sở",
          "Quý II, IV",
          { text: "Văn phòng HĐND - UBND thành phố", rowSpan: 2 },
          "UBND các phường, xã",
          { text: ["Kết quả gồm:", "- Bảng niêm yết", "- Báo cáo."] },
        ],
        ["2", "Cập nhật dữ liệu", "Định kỳ hàng quý", "Phòng Tư pháp", "Kết quả cập nhật"],
      ]),
    ]);

    const text = await parseDocx(buffer);
    expect(text).toContain("Stt\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tKết quả");
    const result = parseDecisionText(text);

    expect(result.decision).toEqual({
      number: "21/QĐ-UBND",
      date: "2024-12-25",
      place: "TP. Hưng Yên",
      issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HƯNG YÊN",
      title: "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025",
      signer: "Trần Văn Bình",
      signerTitle: "CHỦ TỊCH",
      signingCapacity: "TM. ỦY BAN NHÂN DÂN",
    });
    expect(result.unitPlanDeadline).toBe("2025-01-10");
    expect(result.plan).toEqual({ year: 2025, title: "Kiểm soát thủ tục hành chính thành phố Hưng Yên năm 2025" });
    expect(result.sections).toEqual([{ number: "I", title: "Công khai TTHC & niêm yết", order: 1 }]);
    expect(result.tasks).toEqual([
      {
        sectionOrder: 1,
        number: "1",
        content: "Niêm yết <script>alert(1)</script> tại trụ sở",
        timeframeText: "Quý II, IV",
        leadUnitNames: ["Văn phòng HĐND - UBND thành phố"],
        coordinatingUnitNames: ["UBND các phường, xã"],
        // The cell's paragraphs joined by a space, as pasted; list items without a closing ";" are still separate items.
        expectedResult: "Kết quả gồm: - Bảng niêm yết - Báo cáo.",
        resultItems: ["Bảng niêm yết", "Báo cáo."],
      },
      {
        // The lead-unit cell is merged down over both tasks: it belongs to each.
        sectionOrder: 1,
        number: "2",
        content: "Cập nhật dữ liệu",
        timeframeText: "Định kỳ hàng quý",
        leadUnitNames: ["Văn phòng HĐND - UBND thành phố"],
        coordinatingUnitNames: ["Phòng Tư pháp"],
        expectedResult: "Kết quả cập nhật",
        resultItems: ["Kết quả cập nhật"],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("imports the seed from a .docx exactly as from its text", async () => {
    const seedText = readFileSync(new URL("../fixtures/seed-2024.txt", import.meta.url), "utf8").replace(/\*\*/g, "");
    const expected = JSON.parse(readFileSync(new URL("../fixtures/seed-expected.json", import.meta.url), "utf8")) as ImportResult;

    // Paragraphs are the blank-line separated blocks; the table rows of every page form one table,
    // its header once (Word repeats it on each page by itself).
    const children: Array<Paragraph | Table> = [];
    let rows: Cell[][] = [];
    for (const block of seedText
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter((b) => b !== "")) {
      const lines = block.split("\n");
      if (!lines.every((line) => line.includes("\t"))) {
        if (rows.length > 0) children.push(table(rows));
        rows = [];
        children.push(paragraph(lines));
        continue;
      }
      for (const line of lines) {
        const cells = line.split("\t");
        if (rows.length > 0 && cells[0] === "Stt") continue;
        rows.push(cells.slice(1).every((c) => c === "") ? [{ text: cells[0] ?? "", columnSpan: 6 }] : cells);
      }
    }
    if (rows.length > 0) children.push(table(rows));

    const result = parseDecisionText(await parseDocx(await docxOf(children)));
    expect(result.decision).toEqual(expected.decision);
    expect(result.unitPlanDeadline).toBe(expected.unitPlanDeadline);
    expect(result.plan).toEqual(expected.plan);
    expect(result.sections).toEqual(expected.sections);
    expect(result.tasks).toEqual(expected.tasks);
    expect(result.warnings.map((w) => w.code)).toEqual(expected.warnings.map((w) => w.code));
  });

  it("rejects a file that is not a .docx, or a damaged one, with a Vietnamese message", async () => {
    const valid = await docxOf([new Paragraph("x")]);
    for (const buffer of [Buffer.from("đây không phải tệp docx"), valid.subarray(0, valid.length / 2), Buffer.from("PK\u0003\u0004rác")]) {
      const error = await importError(() => parseDocx(buffer));
      expect(error.code).toBe("MALFORMED_DOCX");
      expect(error.message).toMatch(/^Không đọc được tệp: đây không phải tệp Word \.docx hợp lệ/);
    }
  });

  it("rejects an empty file and a document without text as empty", async () => {
    expect((await importError(() => parseDocx(Buffer.alloc(0)))).code).toBe("EMPTY_DOCUMENT");
    const blank = await parseDocx(await docxOf([new Paragraph("")]));
    expect(() => parseDecisionText(blank)).toThrowError(expect.objectContaining({ code: "EMPTY_DOCUMENT" }));
  });

  describe("refuses a package that would expand beyond its limits, before mammoth reads it", () => {
    it("headers declaring 2.6 GB in a file of a few hundred bytes", async () => {
      const bomb = declaredBomb(2_600_000_000);
      expect(bomb.length).toBeLessThan(1024);
      const error = await importError(() => parseDocx(bomb));
      expect(error.code).toBe("DOCX_TOO_LARGE");
      expect(error.message).toMatch(/quá lớn khi giải nén/);
      expect(error.messageEn).toMatch(/expands to too much content/);
      // Just over the limit is refused; a real document well under it is read.
      expect((await importError(() => parseDocx(declaredBomb(DOCX_LIMITS.maxUncompressedBytes + 1)))).code).toBe("DOCX_TOO_LARGE");
    });

    it("headers that lie: declared 1 KB, inflating to 200 MB, refused without inflating it into memory", async () => {
      const bomb = await lyingBomb(200 * 1024 * 1024);
      expect(bomb.length).toBeLessThan(300 * 1024);
      const before = process.memoryUsage().rss;
      const error = await importError(() => parseDocx(bomb));
      expect(error.code).toBe("DOCX_TOO_LARGE");
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    });

    it("more entries than a Word package ever has", async () => {
      const error = await importError(() => parseDocx(manyEntries(DOCX_LIMITS.maxEntries + 10)));
      expect(error.code).toBe("DOCX_TOO_MANY_ENTRIES");
      expect(error.message).toMatch(/quá nhiều thành phần/);
      expect((await importError(() => parseDocx(manyEntries(20)))).code).not.toBe("DOCX_TOO_MANY_ENTRIES");
    });
  });
});
