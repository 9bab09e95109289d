/**
 * The plan as a state document (văn bản hành chính, Decree 30/2020/NĐ-CP, Appendix I): A4, Times New
 * Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; the header with the issuing body and the
 * national motto (Quốc hiệu, Tiêu ngữ), number and symbol, place and date in italics; the title; and
 * the task annex (landscape, as wide tables may be) with the columns of the decision's own table.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from "docx";

export interface DocxTask {
  number: string;
  content: string;
  timeframeText: string;
  leadUnits: string;
  coordinatingUnits: string;
  resultItems: string[];
  expectedResult: string;
}

export interface DocxPlan {
  year: number;
  title: string;
  issuer: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  place: string;
  signingCapacity: string | null;
  signerTitle: string | null;
  signer: string | null;
  sections: Array<{ number: string | null; title: string; tasks: DocxTask[] }>;
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
/** The annex columns and their shares of the width, as in the decision's table. */
const ANNEX_COLUMNS: Array<[string, number]> = [
  ["TT", 5],
  ["Nội dung công việc", 33],
  ["Thời gian thực hiện", 13],
  ["Cơ quan chủ trì", 15],
  ["Cơ quan phối hợp", 15],
  ["Kết quả/sản phẩm", 19],
];

const text = (t: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: t, font: FONT, size: (o.size ?? 13) * 2, bold: o.bold, italics: o.italics });
const line = (
  t: string,
  o: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) => new Paragraph({ alignment: o.align ?? AlignmentType.CENTER, children: [text(t, o)] });

/** "Hưng Yên, ngày 05 tháng 01 năm 2024", or with blanks for a date not yet given (the seed's is blank). */
export function placeAndDate(place: string, date: string | null, year: number): string {
  const where = place.replace(/^TP\.\s*/, "");
  if (!date) return `${where}, ngày      tháng      năm ${year}`;
  const [y, m, d] = date.split("-");
  return `${where}, ngày ${d} tháng ${m} năm ${y}`;
}

function header(plan: DocxPlan): Table {
  const left = [
    line(plan.issuer.toUpperCase(), { bold: true, size: 13 }),
    line("———", { size: 13 }),
    line(`Số: ${plan.decisionNumber ?? "      /QĐ-UBND"}`, { size: 13 }),
  ];
  const right = [
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 }),
    line("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 14 }),
    line("———————————", { size: 13 }),
    line(placeAndDate(plan.place, plan.decisionDate, plan.year), { italics: true, size: 14 }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

const cell = (paragraphs: Paragraph[], share: number, columnSpan?: number) =>
  new TableCell({
    width: { size: share, type: WidthType.PERCENTAGE },
    columnSpan,
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph("")],
  });
const cellText = (t: string, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  t
    .split("\n")
    .map((part) => new Paragraph({ alignment: o.align ?? AlignmentType.LEFT, children: [text(part, { size: 12, bold: o.bold })] }));

function annexTable(plan: DocxPlan): Table {
  const headerRow = new TableRow({
    tableHeader: true, // repeated on every page, as the decision's table is
    children: ANNEX_COLUMNS.map(([name, share]) => cell(cellText(name, { bold: true, align: AlignmentType.CENTER }), share)),
  });
  const rows = plan.sections.flatMap((section) => [
    new TableRow({
      children: [
        cell(cellText(section.number ?? "", { bold: true, align: AlignmentType.CENTER }), ANNEX_COLUMNS[0]![1]),
        cell(cellText(section.title, { bold: true }), 100 - ANNEX_COLUMNS[0]![1], ANNEX_COLUMNS.length - 1),
      ],
    }),
    ...section.tasks.map(
      (task) =>
        new TableRow({
          children: [
            cell(cellText(task.number, { align: AlignmentType.CENTER }), ANNEX_COLUMNS[0]![1]),
            cell(cellText(task.content), ANNEX_COLUMNS[1]![1]),
            cell(cellText(task.timeframeText), ANNEX_COLUMNS[2]![1]),
            cell(cellText(task.leadUnits), ANNEX_COLUMNS[3]![1]),
            cell(cellText(task.coordinatingUnits), ANNEX_COLUMNS[4]![1]),
            cell(
              cellText(task.resultItems.length > 1 ? task.resultItems.map((i) => `- ${i}`).join("\n") : task.expectedResult),
              ANNEX_COLUMNS[5]![1],
            ),
          ],
        }),
    ),
  ]);
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...rows] });
}

export async function planDocx(plan: DocxPlan): Promise<Buffer> {
  const signature = [plan.signingCapacity, plan.signerTitle].filter((s): s is string => !!s);
  const document = new Document({
    creator: plan.issuer,
    title: plan.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          header(plan),
          line(""),
          line("QUYẾT ĐỊNH", { bold: true, size: 14 }),
          line(`Ban hành Kế hoạch ${plan.title}`, { bold: true, size: 14 }),
          line("———", { size: 14 }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: convertMillimetersToTwip(12.7) },
            children: [text(`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ${plan.title} (Phụ lục kèm theo).`, { size: 14 })],
          }),
          line(""),
          ...signature.map((s) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(s, { bold: true, size: 14 })] })),
          ...(plan.signer
            ? [
                line(""),
                line(""),
                new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(plan.signer, { bold: true, size: 14 })] }),
              ]
            : []),
        ],
      },
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        children: [
          line("PHỤ LỤC", { bold: true, size: 14 }),
          line(`KẾ HOẠCH ${plan.title.toUpperCase()}`, { bold: true, size: 14 }),
          line(
            `(Kèm theo Quyết định số ${plan.decisionNumber ?? "      /QĐ-UBND"} ${placeAndDate("", plan.decisionDate, plan.year).replace(/^, /, "")} của ${plan.issuer})`,
            { italics: true, size: 14 },
          ),
          line(""),
          annexTable(plan),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
