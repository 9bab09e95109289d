import { describe, expect, it } from "vitest";
import { checkAttachments, DEFAULT_ATTACHMENT_POLICY, DOCX, JPEG, PDF, PNG, sniffFileType } from "../../src/documents/attachments.ts";

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** A stored ZIP local file header (PK\3\4 … name … data), as the first entries of an Office file. */
function zipEntry(name: string, data: string): Uint8Array {
  const header = new Uint8Array(30);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint32(18, data.length, true);
  view.setUint32(22, data.length, true);
  view.setUint16(26, name.length, true);
  return concat(header, text(name), text(data));
}

const pdf = text("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const docx = concat(
  zipEntry("[Content_Types].xml", "<Types/>"),
  zipEntry("_rels/.rels", "<Relationships/>"),
  zipEntry("word/document.xml", "<w:document/>"),
);
const xlsx = concat(zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("xl/workbook.xml", "<workbook/>"));
const windowsExe = concat(text("MZ"), Uint8Array.from([0x90, 0, 3, 0]), text("This program cannot be run in DOS mode"));
const linuxElf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);

describe("sniffFileType", () => {
  it("recognises the allowed types by their content", () => {
    expect([pdf, png, jpeg, docx].map(sniffFileType)).toEqual([PDF, PNG, JPEG, DOCX]);
  });

  it("refuses executables, other ZIP packages, HTML and empty input", () => {
    expect(
      [windowsExe, linuxElf, xlsx, zipEntry("a.txt", "x"), text("<!DOCTYPE html><script>"), new Uint8Array()].map(sniffFileType),
    ).toEqual([null, null, null, null, null, null]);
  });
});

describe("checkAttachments", () => {
  it("allows five files of up to 20 MiB: a 200-dpi colour scan of about 20 A4 pages", () => {
    expect(DEFAULT_ATTACHMENT_POLICY.maxFileBytes).toBe(20 * 1024 * 1024);
    const five = [pdf, png, jpeg, docx, pdf].map((firstBytes, i) => ({
      name: `tep-${i}`,
      size: DEFAULT_ATTACHMENT_POLICY.maxFileBytes,
      firstBytes,
    }));
    expect(checkAttachments(five)).toEqual({ ok: true, types: [PDF, PNG, JPEG, DOCX, PDF] });
  });

  it("refuses an executable renamed .pdf, a file over the limit and a sixth file, in Vietnamese", () => {
    const result = checkAttachments([
      { name: "don-phan-anh.pdf", size: 40_000, firstBytes: windowsExe },
      { name: "ban-scan.pdf", size: DEFAULT_ATTACHMENT_POLICY.maxFileBytes + 1, firstBytes: pdf },
      ...Array.from({ length: 4 }, (_, i) => ({ name: `anh-${i}.jpg`, size: 1000, firstBytes: jpeg })),
    ]);
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.messageVi}`)).toEqual([
      "attachments: Chỉ được gửi kèm tối đa 5 tệp.",
      'attachments.0: Tệp "don-phan-anh.pdf" không đúng định dạng cho phép (PDF, JPEG, PNG, DOCX) hoặc nội dung không khớp với phần mở rộng.',
      'attachments.1: Tệp "ban-scan.pdf" vượt quá dung lượng cho phép (20 MB).',
    ]);
  });

  it("follows a configured policy", () => {
    const pdfOnly = { maxFiles: 1, maxFileBytes: 1024, allowed: [PDF] };
    expect(checkAttachments([{ name: "a.png", size: 10, firstBytes: png }], pdfOnly)).toMatchObject({
      ok: false,
      errors: [{ messageVi: 'Tệp "a.png" không đúng định dạng cho phép (PDF) hoặc nội dung không khớp với phần mở rộng.' }],
    });
  });
});
