/**
 * The city report's two files: the report to the province as a state document (Decree 30/2020 layout through
 * @tthc/documents: the city office as issuer, number and date, the units' narratives in brief, the
 * consolidated tables) and the form's tables as XLSX (one sheet per table, a row per unit and the total row,
 * numbers as numbers) for the province to add up in turn.
 */
import { formatVi, type LocalDate } from "@tthc/calendar";
import { stateDocumentDocx, type Block, type Row } from "@tthc/documents";
import ExcelJS from "exceljs";
import { briefNarrative, type CityTable } from "../domain/city-report.ts";

export interface DocumentSettings {
  /** The issuing body (the city office) and the body above it; configuration (env), not constants. */
  issuer: string;
  parentIssuer: string | null;
  place: string;
  /** The symbol after the number ("BC-VP"). */
  symbol: string;
}

/** How a unit stands in the period: its report's state at the moment of issue. */
export interface UnitStanding {
  unitName: string;
  /** expected | submitted | returned | accepted */
  status: string;
  submittedLate: boolean | null;
  narrative: string | null;
}

export interface CityReportFacts {
  number: string;
  issuedOn: LocalDate;
  kindName: string;
  periodLabel: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  counts: { expected: number; received: number; accepted: number; onTime: number; late: number };
  units: UnitStanding[];
  tables: CityTable[];
}

const STATUS_VI: Record<string, string> = {
  expected: "Chưa gửi",
  returned: "Trả lại, chưa gửi lại",
  submitted: "Đã gửi, chờ xem xét",
  accepted: "Đã chấp nhận",
};

const TOTAL_LABEL = "Tổng cộng";

/** The title the office writes on the report (trích yếu), with the period. */
export const cityReportTitle = (periodLabel: string) =>
  `Báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính ${periodLabel.charAt(0).toLowerCase()}${periodLabel.slice(1)}`;

const number = (n: number) => n.toLocaleString("vi-VN");

function completenessBlocks(f: CityReportFacts): Block[] {
  const { expected, received, accepted, onTime, late } = f.counts;
  const rows: Row[] = f.units.map((u, i) => [
    String(i + 1),
    u.unitName,
    STATUS_VI[u.status] ?? u.status,
    u.submittedLate === null ? "" : u.submittedLate ? "Muộn" : "Đúng hạn",
  ]);
  return [
    {
      kind: "paragraph",
      text: `Kỳ báo cáo ${f.periodLabel} (số liệu từ ngày ${formatVi(f.periodStart)} đến ngày ${formatVi(f.periodEnd)}): ${number(expected)} đơn vị phải báo cáo, ${number(received)} đơn vị đã gửi (${number(onTime)} đúng hạn, ${number(late)} muộn), ${number(accepted)} báo cáo được chấp nhận và tổng hợp vào báo cáo này; ${number(expected - received)} đơn vị chưa gửi.`,
      indent: true,
    },
    {
      kind: "table",
      columns: [
        { title: "TT", share: 6 },
        { title: "Đơn vị", share: 50 },
        { title: "Tình trạng báo cáo", share: 28 },
        { title: "Thời hạn gửi", share: 16 },
      ],
      rows,
      repeatHeader: true,
    },
  ];
}

function narrativeBlocks(f: CityReportFacts): Block[] {
  const accepted = f.units.filter((u) => u.status === "accepted");
  return accepted.map((u) => ({
    kind: "paragraph" as const,
    text: `- ${u.unitName}: ${briefNarrative(u.narrative) || "không có thuyết minh."}`,
    indent: true,
  }));
}

function tableBlock(table: CityTable): Block {
  const share = Math.max(8, Math.floor(64 / Math.max(1, table.columns.length)));
  return {
    kind: "table",
    columns: [{ title: "TT", share: 6 }, { title: "Đơn vị", share: 30 }, ...table.columns.map((c) => ({ title: c.label, share }))],
    rows: [
      ...table.rows.map((row, i) => [String(i + 1), row.unitName, ...row.values.map(number)]),
      ["", TOTAL_LABEL, ...table.totals.map(number)],
    ],
    repeatHeader: true,
  };
}

export function cityReportDocx(f: CityReportFacts, settings: DocumentSettings): Promise<Buffer> {
  return stateDocumentDocx({
    issuer: settings.issuer,
    parentIssuer: settings.parentIssuer,
    number: f.number,
    symbol: settings.symbol,
    place: settings.place,
    date: f.issuedOn,
    year: Number(f.issuedOn.slice(0, 4)),
    kind: "BÁO CÁO",
    title: [cityReportTitle(f.periodLabel)],
    metadataTitle: cityReportTitle(f.periodLabel),
    body: [
      {
        kind: "paragraph",
        text: `Thực hiện chế độ báo cáo về công tác kiểm soát thủ tục hành chính (${f.kindName}), trên cơ sở báo cáo của các đơn vị đã được chấp nhận, ${settings.issuer} tổng hợp tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính ${f.periodLabel.charAt(0).toLowerCase()}${f.periodLabel.slice(1)} như sau:`,
        indent: true,
      },
      { kind: "section", number: "I", title: "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", blocks: completenessBlocks(f) },
      { kind: "section", number: "II", title: "TÓM TẮT THUYẾT MINH CỦA CÁC ĐƠN VỊ", blocks: narrativeBlocks(f) },
      {
        kind: "section",
        number: "III",
        title: "SỐ LIỆU TỔNG HỢP",
        blocks: f.tables.map((table, i): Block => ({
          kind: "section",
          number: String(i + 1),
          title: table.groupName,
          blocks: [tableBlock(table)],
        })),
      },
    ],
    recipients: ["UBND tỉnh (để b/c)", "Văn phòng UBND tỉnh", "Lưu: VT."],
    signature: { capacity: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG" },
  });
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 28)
      .trim() || "Biểu";
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base} ${n}`;
  taken.add(candidate);
  return candidate;
}

/** One sheet per table of the form: a header row (TT, unit, the form's columns), a row per unit, the total row. */
export async function cityReportXlsx(f: CityReportFacts): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = cityReportTitle(f.periodLabel);
  const taken = new Set<string>();
  for (const table of f.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.groupName, taken));
    sheet.columns = [
      { header: "TT", key: "tt", width: 6 },
      { header: "Đơn vị", key: "unit", width: 40 },
      ...table.columns.map((c) => ({ header: c.label, key: c.code, width: Math.max(12, Math.min(30, c.label.length + 2)) })),
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    table.rows.forEach((row, i) => sheet.addRow([i + 1, row.unitName, ...row.values]));
    const total = sheet.addRow([null, TOTAL_LABEL, ...table.totals]);
    total.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
