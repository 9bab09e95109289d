import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { numberLine, placeAndDate, stateDocumentDocx } from "../src/index.ts";

describe("the Decree 30/2020 layout", () => {
  it("writes the place and date with days zero-padded and only months 1–2 zero-padded", () => {
    expect(placeAndDate("TP. Hưng Yên", "2024-01-05", 2024)).toBe("Hưng Yên, ngày 05 tháng 01 năm 2024");
    expect(placeAndDate("Hưng Yên", "2026-04-24", 2026)).toBe("Hưng Yên, ngày 24 tháng 4 năm 2026");
    expect(placeAndDate("Hưng Yên", "2026-12-09", 2026)).toBe("Hưng Yên, ngày 09 tháng 12 năm 2026");
    expect(placeAndDate("Hưng Yên", null, 2026)).toBe("Hưng Yên, ngày      tháng      năm 2026");
    expect(numberLine({ number: null, symbol: "QĐ-UBND" })).toBe("Số:       /QĐ-UBND");
    expect(numberLine({ number: "25/TB-VP" })).toBe("Số: 25/TB-VP");
  });

  it("numbers the pages in the top margin, centred, from the second page on (Appendix I)", async () => {
    const bytes = await stateDocumentDocx({
      issuer: "Văn phòng HĐND và UBND thành phố",
      number: "25/TB-VP",
      place: "Hưng Yên",
      date: "2026-04-24",
      year: 2026,
      kind: "Thông báo",
      title: ["Kết luận"],
      body: [{ kind: "paragraph", text: "Nội dung." }],
      annexes: [{ heading: ["PHỤ LỤC"], body: [{ kind: "paragraph", text: "Phụ lục." }] }],
    });
    const zip = await JSZip.loadAsync(bytes);
    const main = await zip.file("word/document.xml")!.async("string");
    const sections = main.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    // The first section has a first-page header of its own (w:titlePg), which is empty.
    expect(sections[0]).toContain("<w:titlePg/>");
    const headerOf = async (section: string, type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(section)?.[1];
      const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return zip.file(`word/${target}`)!.async("string");
    };
    const first = await headerOf(sections[0]!, "first");
    expect(first).not.toContain("PAGE");
    for (const section of sections) {
      const numbered = await headerOf(section, "default");
      expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(numbered).toContain('<w:jc w:val="center"/>');
      expect(numbered).toContain('<w:sz w:val="28"/>');
    }
  });

  it("lays out the header, title, sections, tables, recipients, signature and an annex, read back in order", async () => {
    const bytes = await stateDocumentDocx({
      issuer: "Văn phòng HĐND và UBND thành phố",
      parentIssuer: "UBND thành phố Hưng Yên",
      number: "25/TB-VP",
      place: "Hưng Yên",
      date: "2026-04-24",
      year: 2026,
      kind: "Thông báo",
      title: ["Kết luận kiểm tra tại UBND phường Lê Lợi"],
      body: [
        { kind: "paragraph", text: "Thực hiện Quyết định số 15/QĐ-UBND." },
        {
          kind: "section",
          number: "I",
          title: "KẾT QUẢ",
          blocks: [
            {
              kind: "table",
              columns: [
                { title: "TT", share: 1 },
                { title: "Nội dung", share: 9 },
              ],
              rows: [{ span: { number: "A", title: "Nhóm một" } }, ["1", "Dòng một\nDòng hai"]],
            },
          ],
        },
      ],
      recipients: ["UBND phường Lê Lợi", "Lưu: VT"],
      signature: { capacity: "TM. ĐOÀN KIỂM TRA", title: "TRƯỞNG ĐOÀN", name: "Nguyễn Văn Kiểm" },
      annexes: [
        {
          heading: ["PHỤ LỤC"],
          note: "(Kèm theo Thông báo số 25/TB-VP)",
          landscape: true,
          body: [{ kind: "paragraph", text: "Phụ lục." }],
        },
      ],
    });
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const order = [
      "UBND THÀNH PHỐ HƯNG YÊN",
      "VĂN PHÒNG HĐND VÀ UBND THÀNH PHỐ",
      "Số: 25/TB-VP",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Hưng Yên, ngày 24 tháng 4 năm 2026",
      "THÔNG BÁO",
      "Kết luận kiểm tra tại UBND phường Lê Lợi",
      "Thực hiện Quyết định số 15/QĐ-UBND.",
      "I. KẾT QUẢ",
      "Nhóm một",
      "Dòng một",
      "Dòng hai",
      "Nơi nhận:",
      "- UBND phường Lê Lợi;",
      "TM. ĐOÀN KIỂM TRA",
      "Nguyễn Văn Kiểm",
      "PHỤ LỤC",
      "(Kèm theo Thông báo số 25/TB-VP)",
      "Phụ lục.",
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
