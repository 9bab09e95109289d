/**
 * A state document (văn bản hành chính) in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4, Times
 * New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; the header (the issuing body on the
 * left with the number and symbol, the national motto on the right with place and date in italics);
 * the kind of document and its title; the body; the recipients (Nơi nhận) beside the signature; and
 * optional annexes, each on its own pages (landscape when its tables are wide).
 *
 * Services describe their document as data (header fields, numbered sections, paragraphs, tables)
 * and this module lays it out, so a plan, an inspection record or a city report look alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from "docx";

export type Align = "left" | "center" | "right" | "justified";

/** A run of text: bold or italic as the layout needs. */
export interface TextStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points; 14 for body text (the decree allows 13–14), 12 in tables. */
  size?: number;
  align?: Align;
}

/** A table column: its heading and its share of the width (shares need not add up to 100). */
export interface Column {
  title: string;
  share: number;
}

/**
 * A row of a table: its cells' text (a "\n" starts a new paragraph in the cell), or a spanning row
 * (a section heading inside a table: a number and a title across the other columns).
 */
export type Row = string[] | { span: { number: string; title: string } };

export type Block =
  | ({ kind: "paragraph"; text: string; indent?: boolean } & TextStyle)
  /** A numbered heading ("1. Thành phần", "II. KẾT QUẢ KIỂM TRA") and the blocks under it. */
  | { kind: "section"; number?: string | null; title: string; blocks?: Block[] }
  | { kind: "table"; columns: Column[]; rows: Row[]; /** The heading row repeats on every page. */ repeatHeader?: boolean }
  | { kind: "blank" };

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"… */
  capacity?: string | null;
  /** "CHỦ TỊCH", "TRƯỞNG ĐOÀN"… */
  title?: string | null;
  name?: string | null;
}

export interface Annex {
  /** Heading lines, centred and bold ("PHỤ LỤC", the annex's title); the last may be an italic note. */
  heading: string[];
  /** An italic line under the heading ("(Kèm theo Quyết định số …)"). */
  note?: string;
  landscape?: boolean;
  body: Block[];
}

export interface StateDocument {
  /** The issuing body (cơ quan ban hành), printed in capitals. */
  issuer: string;
  /** The body above it (cơ quan chủ quản), if any. */
  parentIssuer?: string | null;
  /** "12/TB-UBND"; null prints the blank the decree leaves for it ("Số:      /<symbol>"). */
  number: string | null;
  /** The symbol after the blank when the number is not given yet ("QĐ-UBND"). */
  symbol?: string;
  /** "TP. Hưng Yên" or "Hưng Yên": printed without "TP.". */
  place: string;
  /** ISO day of issue, or null for blanks (the year is still printed). */
  date: string | null;
  year: number;
  /** The kind of document ("QUYẾT ĐỊNH", "BIÊN BẢN", "THÔNG BÁO"), in capitals, above the title. */
  kind: string;
  /** The title's lines (trích yếu), bold and centred under the kind. */
  title: string[];
  body: Block[];
  /** Recipients (Nơi nhận), printed left of the signature; none leaves that column blank. */
  recipients?: string[];
  /** One signature, or several side by side (a record is signed by both parties). */
  signature?: Signature | Signature[];
  annexes?: Annex[];
  /** The document's metadata title (file properties). */
  metadataTitle?: string;
}

const FONT = "Times New Roman";
const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const MARGIN = {
  top: convertMillimetersToTwip(20),
  bottom: convertMillimetersToTwip(20),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(15),
};
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

const run = (t: string, o: TextStyle = {}) =>
  new TextRun({ text: t, font: FONT, size: (o.size ?? 13) * 2, bold: o.bold, italics: o.italics });
const line = (t: string, o: TextStyle = {}) => new Paragraph({ alignment: ALIGN[o.align ?? "center"], children: [run(t, o)] });

/**
 * "Hưng Yên, ngày 05 tháng 01 năm 2024", "ngày 24 tháng 4 năm 2026", or with blanks for a date not yet
 * given. Days under 10 and months 1–2 are zero-padded, other months are not (Appendix I: so that a
 * "tháng 1" cannot be turned into "tháng 11" by hand).
 */
export function placeAndDate(place: string, date: string | null, year: number): string {
  const where = place.replace(/^TP\.\s*/, "");
  if (!date) return `${where}, ngày      tháng      năm ${year}`;
  const [y, m, d] = date.split("-");
  const month = Number(m);
  return `${where}, ngày ${d} tháng ${month < 3 ? String(month).padStart(2, "0") : String(month)} năm ${y}`;
}

/** "Số: 12/TB-UBND", or the blank the number is written into. */
export function numberLine(doc: Pick<StateDocument, "number" | "symbol">): string {
  return `Số: ${doc.number ?? `      /${doc.symbol ?? ""}`}`;
}

const layoutTable = (columns: Paragraph[][], shares: number[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: columns.map(
          (children, i) =>
            new TableCell({
              width: { size: shares[i]!, type: WidthType.PERCENTAGE },
              borders: NO_BORDERS,
              children: children.length > 0 ? children : [new Paragraph("")],
            }),
        ),
      }),
    ],
  });

function header(doc: StateDocument): Table {
  const left = [
    ...(doc.parentIssuer ? [line(doc.parentIssuer.toUpperCase(), { size: 13 })] : []),
    line(doc.issuer.toUpperCase(), { bold: true, size: 13 }),
    line("———", { size: 13 }),
    line(numberLine(doc), { size: 13 }),
  ];
  const right = [
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 }),
    line("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 14 }),
    line("———————————", { size: 13 }),
    line(placeAndDate(doc.place, doc.date, doc.year), { italics: true, size: 14 }),
  ];
  return layoutTable([left, right], [40, 60]);
}

const cellParagraphs = (t: string, o: TextStyle = {}) =>
  t.split("\n").map((part) => new Paragraph({ alignment: ALIGN[o.align ?? "left"], children: [run(part, { size: 12, bold: o.bold })] }));
const cell = (paragraphs: Paragraph[], share: number, columnSpan?: number) =>
  new TableCell({
    width: { size: share, type: WidthType.PERCENTAGE },
    columnSpan,
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph("")],
  });

function table(block: Extract<Block, { kind: "table" }>): Table {
  const total = block.columns.reduce((sum, c) => sum + c.share, 0) || 1;
  const shares = block.columns.map((c) => (c.share / total) * 100);
  const headerRow = new TableRow({
    tableHeader: block.repeatHeader ?? true,
    children: block.columns.map((c, i) => cell(cellParagraphs(c.title, { bold: true, align: "center" }), shares[i]!)),
  });
  const rows = block.rows.map((row) =>
    Array.isArray(row)
      ? new TableRow({
          children: block.columns.map((_, i) => cell(cellParagraphs(row[i] ?? "", { align: i === 0 ? "center" : "left" }), shares[i]!)),
        })
      : new TableRow({
          children: [
            cell(cellParagraphs(row.span.number, { bold: true, align: "center" }), shares[0]!),
            cell(cellParagraphs(row.span.title, { bold: true }), 100 - shares[0]!, block.columns.length - 1),
          ],
        }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...rows] });
}

function blocks(list: readonly Block[]): Array<Paragraph | Table> {
  return list.flatMap((block): Array<Paragraph | Table> => {
    switch (block.kind) {
      case "blank":
        return [line("")];
      case "paragraph":
        return [
          new Paragraph({
            alignment: ALIGN[block.align ?? "justified"],
            indent: block.indent === false ? undefined : { firstLine: convertMillimetersToTwip(12.7) },
            children: [run(block.text, { size: block.size ?? 14, bold: block.bold, italics: block.italics })],
          }),
        ];
      case "section":
        return [
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: convertMillimetersToTwip(12.7) },
            children: [run(block.number ? `${block.number}. ${block.title}` : block.title, { size: 14, bold: true })],
          }),
          ...blocks(block.blocks ?? []),
        ];
      case "table":
        return [table(block)];
    }
  });
}

/** Nơi nhận on the left (12 pt, as the decree sets it), each signature in its own column to the right. */
function closing(doc: StateDocument): Array<Paragraph | Table> {
  const signatures = doc.signature === undefined ? [] : Array.isArray(doc.signature) ? doc.signature : [doc.signature];
  const recipients = doc.recipients ?? [];
  if (signatures.length === 0 && recipients.length === 0) return [];
  const left =
    recipients.length > 0
      ? [
          line("Nơi nhận:", { bold: true, italics: true, size: 12, align: "left" }),
          ...recipients.map((r) => line(`- ${r};`, { size: 11, align: "left" })),
        ]
      : [];
  const signatureColumn = (s: Signature) => [
    ...[s.capacity, s.title].filter((t): t is string => !!t).map((t) => line(t, { bold: true, size: 14 })),
    ...(s.name ? [line(""), line(""), line(""), line(s.name, { bold: true, size: 14 })] : []),
  ];
  if (signatures.length <= 1) return [line(""), layoutTable([left, signatureColumn(signatures[0] ?? {})], [45, 55])];
  // Several parties sign (a record): their columns share the width; the recipients, if any, go above.
  return [
    line(""),
    ...(left.length > 0 ? [layoutTable([left], [100])] : []),
    layoutTable(
      signatures.map(signatureColumn),
      signatures.map(() => 100 / signatures.length),
    ),
  ];
}

/**
 * Page numbers as Appendix I sets them: Arabic numerals, 14 pt upright, centred in the top margin, from 1,
 * not shown on the first page (the first section's own empty first-page header); annexes go on counting.
 */
const pageNumberHeader = () =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })],
  });

/** The document as DOCX bytes. */
export async function stateDocumentDocx(doc: StateDocument): Promise<Buffer> {
  const page = (landscape: boolean) => ({
    size: landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4,
    margin: MARGIN,
  });
  const sections: ISectionOptions[] = [
    {
      properties: { page: page(false), titlePage: true },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      children: [
        header(doc),
        line(""),
        line(doc.kind.toUpperCase(), { bold: true, size: 14 }),
        ...doc.title.map((t) => line(t, { bold: true, size: 14 })),
        line("———", { size: 14 }),
        ...blocks(doc.body),
        ...closing(doc),
      ],
    },
    ...(doc.annexes ?? []).map((annex) => ({
      properties: { page: page(annex.landscape ?? false) },
      headers: { default: pageNumberHeader() },
      children: [
        ...annex.heading.map((h) => line(h, { bold: true, size: 14 })),
        ...(annex.note ? [line(annex.note, { italics: true, size: 14 })] : []),
        line(""),
        ...blocks(annex.body),
      ],
    })),
  ];
  const document = new Document({
    creator: doc.issuer,
    title: doc.metadataTitle ?? doc.title.join(" "),
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}
