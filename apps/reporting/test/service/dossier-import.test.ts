/**
 * The city office's import of dossier steps from a file of the template (issue 12 item 2b), through GraphQL:
 * a CSV with good and bad rows imports the good ones and lists each bad one with its file row number and
 * reason (also as a downloadable CSV); importing it again adds nothing; an XLSX with Excel date cells reads
 * the same way; the import record's processed / total counts reach the total; a file without the template's
 * columns is refused with nothing created; and the figures of the imported steps are the hand-counted ones.
 */
import { parseLocalDate } from "@tthc/calendar";
import { waitFor } from "@tthc/test-kit";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failAbandonedImports, INTERRUPTED } from "../../src/use-cases/dossier-import.ts";
import { formFigures } from "../../src/use-cases/report-figures.ts";
import { at, event } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2026-03-16T03:00:00Z");
const Q1 = { start: parseLocalDate("2025-12-15"), end: parseLocalDate("2026-03-14") };
const TODAY = parseLocalDate("2026-03-16");
const WARD = "unit-le-loi";

const IMPORT = `mutation ($name: String!, $content: String!) { importDossierFile(fileName: $name, contentBase64: $content) { id status total } }`;
const STATUS = `query ($id: ID!) { dossierImport(id: $id) { id fileName status total processed imported duplicates rejected failure finishedAt } }`;
const REJECTIONS = `query ($id: ID!) { dossierImportRejections(importId: $id) { total items { row cells reason } } }`;
const REPORT = `query ($id: ID!) { dossierImportRejectionReport(importId: $id) { fileName contentType contentBase64 } }`;
const TEMPLATE = `query ($f: DossierTemplateFormat!) { dossierImportTemplate(format: $f) { fileName contentType contentBase64 } }`;

type ImportRecord = {
  id: string;
  status: string;
  total: number;
  processed: number;
  imported: number;
  duplicates: number;
  rejected: number;
  failure: string | null;
};

const HEADER = ["Mã hồ sơ", "Mã đơn vị", "Bước", "Thời điểm", "Kênh tiếp nhận", "Ngày hẹn trả", "Kết quả giải quyết", "Ngày hẹn mới"];
const GOOD = [
  ["000.00.31.H29-260105-0001", "LE-LOI", "received", "05/01/2026 09:30", "online", "20/01/2026", "", ""],
  ["000.00.31.H29-260105-0001", "LE-LOI", "resolved", "2026-01-19T14:00:00+07:00", "", "", "on-time", ""],
  ["H29.123.45-260210-010001", "LE-LOI", "received", "2026-02-10 08:00", "in-person", "2026-02-20", "", ""],
  ["000.00.31.H29-260301-0002", "LE-LOI", "received", "01/03/2026", "post", "05/03/2026", "", ""],
];
const BAD = [
  ["HS/2026/1", "LE-LOI", "received", "05/01/2026 09:30", "online", "20/01/2026", "", ""], // row 6
  ["000.00.31.H29-260105-0009", "KHONG-CO", "received", "05/01/2026 09:30", "online", "20/01/2026", "", ""], // row 7
  ["000.00.31.H29-260105-0010", "LE-LOI", "received", "05/01/2026 09:30", "online", "", "", ""], // row 8
  ["000.00.31.H29-260105-0011", "LE-LOI", "received", "hôm qua", "online", "20/01/2026", "", ""], // row 9
];

/** A CSV as a spreadsheet saves it: quoted where needed, a blank line in the middle (skipped, still counted as a row number). */
function csv(rows: string[][]): string {
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
  return Buffer.from(rows.map(line).join("\r\n"), "utf8").toString("base64");
}
const CSV_FILE = csv([HEADER, ...GOOD, ["", "", "", "", "", "", "", ""], ...BAD]);

let h: Harness;

beforeAll(async () => {
  h = await startHarness("dossier_import", NOW);
  await applyEvents(h.db, [
    event("directory.unit.created", WARD, at("2024-01-01"), {
      unit: {
        id: WARD,
        code: "LE-LOI",
        name: "Phường Lê Lợi",
        shortName: null,
        levelCode: "ward",
        parentId: null,
        validFrom: "2020-01-01",
        validTo: null,
      },
    }),
  ]);
});
afterAll(async () => h?.close());

async function importFile(name: string, content: string): Promise<ImportRecord> {
  const started = await gql<{ importDossierFile: ImportRecord }>(h.app, IMPORT, { name, content }, ACTORS.admin);
  expect(started.errors).toBeUndefined();
  const { id } = started.data!.importDossierFile;
  // The progress bar's poll: processed moves towards total until the import is done.
  return waitFor(async () => {
    const record = (await gql<{ dossierImport: ImportRecord }>(h.app, STATUS, { id }, ACTORS.admin)).data!.dossierImport;
    expect(record.processed).toBeLessThanOrEqual(record.total);
    return record.status === "processing" ? undefined : record;
  });
}

const figures = async () =>
  Object.fromEntries(
    (
      await formFigures(
        h.db,
        [
          "dossier.received.online",
          "dossier.received.offline",
          "dossier.resolved.on-time",
          "dossier.open.within-deadline",
          "dossier.open.overdue",
        ],
        Q1,
        WARD,
        TODAY,
      )
    ).map((f) => [f.code, f.value]),
  );

describe("importDossierFile", () => {
  it("refuses anyone but the city office, and a file without the template's columns, creating nothing", async () => {
    const ward = await gql(h.app, IMPORT, { name: "a.csv", content: CSV_FILE }, ACTORS.ward);
    expect(ward.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A partner is no staff member at all, whatever its scopes (service-kit's requireUser).
    const partner = await gql(h.app, IMPORT, { name: "a.csv", content: CSV_FILE }, ACTORS.onestop);
    expect(partner.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const noColumns = await gql(
      h.app,
      IMPORT,
      {
        name: "a.csv",
        content: csv([
          ["Mã hồ sơ", "Bước"],
          ["x", "y"],
        ]),
      },
      ACTORS.admin,
    );
    expect(noColumns.errors?.[0]?.message).toBe("Tệp thiếu cột: Mã đơn vị, Thời điểm (xem tệp mẫu).");
    const binary = await gql(h.app, IMPORT, { name: "a.csv", content: Buffer.from([0, 1, 2, 3]).toString("base64") }, ACTORS.admin);
    expect(binary.errors?.[0]?.message).toContain("Không đọc được tệp");
    expect(await h.db.dossierImport.count()).toBe(0);
  });

  it("imports the good rows of a CSV and lists each bad one with its row and reason", async () => {
    const record = await importFile("ho-so-quy-1.csv", CSV_FILE);
    expect(record).toMatchObject({ status: "done", total: 8, processed: 8, imported: 4, duplicates: 0, rejected: 4, failure: null });
    const rejections = (
      await gql<{ dossierImportRejections: { total: number; items: Array<{ row: number; cells: string[]; reason: string }> } }>(
        h.app,
        REJECTIONS,
        { id: record.id },
        ACTORS.admin,
      )
    ).data!.dossierImportRejections;
    expect(rejections.total).toBe(4);
    expect(rejections.items.map((r) => r.row)).toEqual([7, 8, 9, 10]);
    expect(rejections.items[0]!.cells[0]).toBe("HS/2026/1");
    expect(rejections.items.map((r) => r.reason)).toEqual([
      expect.stringContaining("không đúng định dạng"),
      'Không có đơn vị mã "KHONG-CO" trong danh mục đơn vị.',
      "Hồ sơ tiếp nhận cần ngày hẹn trả (dạng 2026-01-20).",
      expect.stringContaining('Thời điểm "hôm qua" không hợp lệ'),
    ]);

    const report = (
      await gql<{ dossierImportRejectionReport: { fileName: string; contentType: string; contentBase64: string } }>(
        h.app,
        REPORT,
        { id: record.id },
        ACTORS.admin,
      )
    ).data!.dossierImportRejectionReport;
    expect(report.fileName).toBe("ho-so-quy-1-dong-bi-loai.csv");
    const text = Buffer.from(report.contentBase64, "base64").toString("utf8");
    expect(text.startsWith("\uFEFFDòng,Mã hồ sơ")).toBe(true);
    expect(text).toContain("KHONG-CO");
    expect(text.trim().split(/\r?\n/)).toHaveLength(5);
  });

  it("imports the same file again without adding anything", async () => {
    const before = (await outboxEvents(h.db, "reporting.dossier.recorded")).length;
    expect(before).toBe(4);
    const again = await importFile("ho-so-quy-1.csv", CSV_FILE);
    expect(again).toMatchObject({ status: "done", imported: 0, duplicates: 4, rejected: 4 });
    expect(await outboxEvents(h.db, "reporting.dossier.recorded")).toHaveLength(before);
  });

  it("reads an XLSX, Excel date cells as Vietnam's wall clock", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hồ sơ");
    sheet.addRow(HEADER);
    // Excel stores 12/03/2026 10:00 without a zone; exceljs hands it over as that wall time in UTC.
    sheet.addRow([
      "000.00.31.H29-260312-0003",
      "LE-LOI",
      "received",
      new Date(Date.UTC(2026, 2, 12, 10, 0)),
      "online",
      new Date(Date.UTC(2026, 2, 25)),
    ]);
    sheet.addRow(["000.00.31.H29-260105-0001", "LE-LOI", "resolved", "19/01/2026 14:00", "", "", "on-time"]); // known from the CSV
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const record = await importFile("ho-so.xlsx", content);
    expect(record).toMatchObject({ status: "done", total: 2, imported: 1, duplicates: 1, rejected: 0 });
    const [received] = (await outboxEvents(h.db, "reporting.dossier.recorded")).slice(-1);
    expect(received).toMatchObject({
      time: "2026-03-12T03:00:00.000Z",
      data: { dueDay: "2026-03-25", origin: "import", importId: record.id },
    });
  });

  it("gives the hand-counted figures once the imported steps are projected", async () => {
    const events = await outboxEvents(h.db, "reporting.dossier.recorded");
    await applyEvents(h.db, [...events, ...events]);
    expect(await figures()).toEqual({
      "dossier.received.online": 2, // 260105-0001, 260312-0003
      "dossier.received.offline": 2, // in person 10/02, by post 01/03
      "dossier.resolved.on-time": 1,
      "dossier.open.within-deadline": 1, // 260312-0003, due 25/03
      "dossier.open.overdue": 2, // due 20/02 and 05/03
    });
  });

  it("serves the template as XLSX and CSV with the template's header", async () => {
    const xlsx = (
      await gql<{ dossierImportTemplate: { fileName: string; contentBase64: string } }>(h.app, TEMPLATE, { f: "XLSX" }, ACTORS.ward)
    ).data!.dossierImportTemplate;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, "base64") as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADER]);
    const csvTemplate = (await gql<{ dossierImportTemplate: { contentBase64: string } }>(h.app, TEMPLATE, { f: "CSV" }, ACTORS.ward)).data!
      .dossierImportTemplate;
    expect(Buffer.from(csvTemplate.contentBase64, "base64").toString("utf8")).toContain(HEADER.join(","));
    expect((await gql(h.app, TEMPLATE, { f: "CSV" }, ACTORS.anonymous)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("failAbandonedImports", () => {
  it("marks failed, with the reason the office sees, only imports whose process died, once across two replicas", async () => {
    const base = { header: HEADER, total: 500, processed: 200, createdBy: "u-admin" };
    const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
    const dead = await h.db.dossierImport.create({
      data: { ...base, fileName: "dead.csv", createdAt: minutes(-15), leaseUntil: minutes(-1) },
    });
    const live = await h.db.dossierImport.create({
      data: { ...base, fileName: "live.csv", createdAt: minutes(-15), leaseUntil: minutes(5) },
    });
    // Started before leases existed: counted from its start.
    const legacy = await h.db.dossierImport.create({ data: { ...base, fileName: "old.csv", createdAt: minutes(-60) } });
    const doneBefore = await h.db.dossierImport.findMany({ where: { status: "done" }, orderBy: { id: "asc" } });

    // Two replicas' jobs at once: SKIP LOCKED lets each import be claimed by one of them.
    const counts = await Promise.all([failAbandonedImports(h.db, NOW), failAbandonedImports(h.db, NOW)]);
    expect(counts[0] + counts[1]).toBe(2);
    expect(await failAbandonedImports(h.db, NOW)).toBe(0);

    const status = async (id: string) =>
      (await gql<{ dossierImport: ImportRecord }>(h.app, STATUS, { id }, ACTORS.leader)).data!.dossierImport;
    for (const id of [dead.id, legacy.id]) {
      expect(await status(id)).toMatchObject({ status: "failed", processed: 200, failure: INTERRUPTED, finishedAt: NOW.toISOString() });
    }
    expect(await status(live.id)).toMatchObject({ status: "processing", failure: null });
    expect(await h.db.dossierImport.findMany({ where: { status: "done" }, orderBy: { id: "asc" } })).toEqual(doneBefore);
  });
});
