/**
 * The city office's import of dossier steps from a file of our template (CSV or XLSX; docs/dossier-import.md).
 * The file is read whole first (a file that cannot be read, lacks a column or has no rows is refused and
 * nothing is recorded); then its rows are checked and recorded in chunks, one transaction each, and the
 * import record's processed / total counts move with every chunk so a progress bar can poll them. Good rows
 * become the same steps a partner sends (dossier-steps.ts), so importing a file twice, or a step a partner
 * already sent, adds nothing; each bad row is kept with its reason for the downloadable rejection report.
 *
 * Files are read with exceljs, which the repository already uses (complaints' register export) and which
 * reads both XLSX and CSV (through fast-csv), so one library and one cell model serve both formats.
 */
import { toLocalDate } from "@tthc/calendar";
import { type Actor, actorId, badInput, clock, isUuid, notFound, requireRole } from "@tthc/service-kit";
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import type { Db } from "../db/client.ts";
import type { DossierImport } from "../db/generated/client.ts";
import { isBlankRow, mapHeader, rowToInput, TEMPLATE_COLUMNS } from "../domain/dossier-template.ts";
import { checkDossierStep, type DossierStepFact } from "../domain/dossiers.ts";
import { acceptSteps, loadStepReference } from "./dossier-steps.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

/** Rows of one file; a larger file is split by the city office (the gateway's body limit bounds the bytes too). */
export const MAX_IMPORT_ROWS = 20_000;
/** Rows per transaction: the progress bar's step, and how much one failure rolls back. */
const CHUNK_ROWS = 200;
const MAX_FILE_NAME = 200;
const FAILURE = "Lỗi hệ thống khi nhập; các dòng đã nhập vẫn được giữ. Hãy nhập lại tệp (các dòng đã có sẽ không bị tính hai lần).";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/**
 * How long an import stays claimed without progress: the process working on it renews the lease with every
 * chunk (seconds of work), so an import whose lease ran out was left by a process that died (a restart).
 */
export const IMPORT_LEASE_MS = 10 * 60_000;
/**
 * Why such an import failed. It is not resumed: the file's rows live only in the memory of the process that
 * read them. Importing the file again is safe (known steps are skipped), so that is what the office is told.
 */
export const INTERRUPTED =
  "Việc nhập bị gián đoạn do hệ thống khởi động lại; các dòng đã nhập vẫn được giữ. Hãy nhập lại tệp (các dòng đã có sẽ không bị tính hai lần).";
const leaseFrom = (now: Date) => new Date(now.getTime() + IMPORT_LEASE_MS);

export interface DownloadableFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/**
 * Excel keeps a date cell as wall-clock time with no zone (exceljs hands it over as that time in UTC); the
 * template means Vietnam's wall clock, so it is written back as dd/mm/yyyy [hh:mm:ss] for rowToInput.
 */
function dateCellText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const day = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${p(h)}:${p(m)}:${p(s)}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateCellText(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

/** The CSV's delimiter: Excel in a Vietnamese locale may save with ";" instead of ",". */
function csvDelimiter(bytes: Buffer): string {
  const firstLine = bytes.subarray(0, 4096).toString("utf8").split(/\r?\n/, 1)[0] ?? "";
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** The first sheet's rows as text cells (the header first), or a Vietnamese reason the file cannot be read. */
export async function readRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      if (bytes.includes(0)) throw new Error("binary");
      const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
      // map keeps every cell as written: exceljs would otherwise turn "05/01/2026" or "0001" into a date or a number.
      sheet = await workbook.csv.read(Readable.from([text]), {
        map: (value: unknown) => value,
        parserOptions: { delimiter: csvDelimiter(bytes) },
      } as never);
    }
  } catch {
    throw badInput("Không đọc được tệp: cần tệp CSV (UTF-8) hoặc XLSX theo mẫu.", "file");
  }
  if (!sheet) throw badInput("Tệp không có trang tính nào.", "file");
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= width; i++) cells.push(cellText(row.getCell(i).value).trim());
    rows.push(cells);
  });
  return rows;
}

export interface ImportRequest {
  fileName: string;
  contentBase64: string;
}

/**
 * Start an import: reads and checks the file's shape, creates the import record and returns it with the
 * promise of its processing (the resolver does not wait for it; the progress bar polls the record).
 */
export async function startDossierImport(
  db: Db,
  actor: Actor,
  request: ImportRequest,
  now: Date,
  onFailure?: (error: unknown) => void,
): Promise<{ record: DossierImport; done: Promise<DossierImport> }> {
  const user = requireRole(actor, "CITY_ADMIN");
  const fileName = request.fileName.trim();
  if (!fileName || fileName.length > MAX_FILE_NAME) throw badInput(`Tên tệp cần từ 1 đến ${MAX_FILE_NAME} ký tự.`, "fileName");
  const bytes = Buffer.from(request.contentBase64, "base64");
  if (bytes.length === 0) throw badInput("Tệp rỗng.", "file");
  const [header, ...body] = await readRows(bytes);
  if (!header) throw badInput("Tệp không có dòng tiêu đề.", "file");
  const mapped = mapHeader(header);
  if (!mapped.ok) throw badInput(mapped.message, "file");
  // Row numbers are the file's (the header is row 1), so a rejection points at the line the office sees.
  const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlankRow(r.cells));
  if (rows.length === 0) throw badInput("Tệp không có dòng dữ liệu nào.", "file");
  if (rows.length > MAX_IMPORT_ROWS) throw badInput(`Mỗi tệp tối đa ${MAX_IMPORT_ROWS} dòng; hãy tách tệp.`, "file");

  const record = await db.dossierImport.create({
    data: { fileName, header, total: rows.length, createdBy: actorId(user), createdAt: now, leaseUntil: leaseFrom(now) },
  });
  // A failure midway keeps the chunks already committed; importing the file again finishes it (known steps are skipped).
  const done = processRows(db, actor, record.id, rows, mapped.positions, now).catch(async (error: unknown) => {
    onFailure?.(error);
    await db.dossierImport.updateMany({
      where: { id: record.id, status: "processing" },
      data: { status: "failed", failure: FAILURE, finishedAt: now, leaseUntil: null },
    });
    return db.dossierImport.findUniqueOrThrow({ where: { id: record.id } });
  });
  return { record, done };
}

async function processRows(
  db: Db,
  actor: Actor,
  importId: string,
  rows: Array<{ row: number; cells: string[] }>,
  positions: Parameters<typeof rowToInput>[1],
  now: Date,
): Promise<DossierImport> {
  const today = toLocalDate(now);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS).map((r) => ({ ...r, input: rowToInput(r.cells, positions) }));
    await db.$transaction(async (tx) => {
      const reference = await loadStepReference(
        tx,
        chunk.map((r) => r.input.unitCode),
      );
      const facts: DossierStepFact[] = [];
      const rejections: Array<{ importId: string; row: number; cells: string[]; reason: string }> = [];
      for (const r of chunk) {
        const check = checkDossierStep(r.input, reference.formats, reference.unitIdOf, today);
        if (check.ok) facts.push(check.fact);
        else rejections.push({ importId, row: r.row, cells: r.cells, reason: check.message });
      }
      const { recorded, duplicates } = await acceptSteps(tx, facts, { origin: "import", actor, importId }, now);
      if (rejections.length > 0) await tx.dossierImportRejection.createMany({ data: rejections });
      // Only while this process still holds the import: if its lease ran out and the import was marked
      // interrupted (failAbandonedImports), the chunk rolls back and the import stops here.
      const held = await tx.dossierImport.updateMany({
        where: { id: importId, status: "processing" },
        data: {
          leaseUntil: leaseFrom(clock()),
          processed: { increment: chunk.length },
          imported: { increment: recorded },
          duplicates: { increment: duplicates },
          rejected: { increment: rejections.length },
        },
      });
      if (held.count === 0) throw new Error(`dossier import ${importId} is no longer held by this process`);
    });
  }
  await db.dossierImport.updateMany({
    where: { id: importId, status: "processing" },
    data: { status: "done", finishedAt: now, leaseUntil: null },
  });
  return db.dossierImport.findUniqueOrThrow({ where: { id: importId } });
}

/**
 * Mark failed, with a reason the office sees, every import left "processing" by a process that died (its
 * lease ran out; an import from before leases counts from its start). The periodic job's work, run at start
 * too; safe beside another replica's run (rows claimed with SKIP LOCKED, and a live import's chunk holds its
 * row). Returns how many imports it marked.
 */
export async function failAbandonedImports(db: Db, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const abandoned = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "DossierImport"
      WHERE "status" = 'processing' AND COALESCE("leaseUntil", "createdAt" + make_interval(secs => ${IMPORT_LEASE_MS / 1000})) < ${now}
      ORDER BY "createdAt", "id" LIMIT 100 FOR UPDATE SKIP LOCKED`;
    if (abandoned.length === 0) return 0;
    const { count } = await tx.dossierImport.updateMany({
      where: { id: { in: abandoned.map((a) => a.id) }, status: "processing" },
      data: { status: "failed", failure: INTERRUPTED, finishedAt: now, leaseUntil: null },
    });
    return count;
  });
}

/** The city office reads imports (and their rejected rows). */
const requireImportReader = (actor: Actor) => requireRole(actor, "CITY_ADMIN", "LEADER");

export async function readImport(db: Db, actor: Actor, id: string): Promise<DossierImport> {
  requireImportReader(actor);
  const record = isUuid(id) ? await db.dossierImport.findUnique({ where: { id } }) : null;
  if (!record) throw notFound("Không tìm thấy lần nhập tệp.");
  return record;
}

export async function listImports(db: Db, actor: Actor, page: { first?: number | null; offset?: number | null }) {
  requireImportReader(actor);
  const { first, offset } = pageOf(page);
  const [items, total] = await Promise.all([
    db.dossierImport.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: first, skip: offset }),
    db.dossierImport.count(),
  ]);
  return { items, total };
}

export async function listRejections(db: Db, actor: Actor, importId: string, page: { first?: number | null; offset?: number | null }) {
  await readImport(db, actor, importId);
  const { first, offset } = pageOf(page);
  const [items, total] = await Promise.all([
    db.dossierImportRejection.findMany({ where: { importId }, orderBy: { row: "asc" }, take: first, skip: offset }),
    db.dossierImportRejection.count({ where: { importId } }),
  ]);
  return { items, total };
}

/** A list page of 1–100 rows (50 by default) from `offset`; the service's lists share it. */
export function pageOf(page: { first?: number | null; offset?: number | null }) {
  const first = page.first ?? 50;
  const offset = page.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput("Số dòng mỗi trang từ 1 đến 100.", "first");
  if (!Number.isInteger(offset) || offset < 0) throw badInput("Vị trí bắt đầu không hợp lệ.", "offset");
  return { first, offset };
}

const base64Of = async (buffer: ExcelJS.Buffer | Buffer) => Buffer.from(buffer as ArrayBuffer).toString("base64");

/** A CSV for Excel: UTF-8 with a byte-order mark, or Excel shows the Vietnamese letters garbled. */
async function csvFile(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").addRows(rows);
  const csv = Buffer.from(await workbook.csv.writeBuffer());
  return Buffer.concat([Buffer.from("\uFEFF", "utf8"), csv]).toString("base64");
}

/** The rejected rows of an import as a CSV: the file's row number, its cells as read, and the reason. */
export async function rejectionReport(db: Db, actor: Actor, importId: string): Promise<DownloadableFile> {
  const record = await readImport(db, actor, importId);
  const rejections = await db.dossierImportRejection.findMany({ where: { importId }, orderBy: { row: "asc" } });
  const rows = [["Dòng", ...record.header, "Lý do"], ...rejections.map((r) => [String(r.row), ...r.cells, r.reason])];
  const base = record.fileName.replace(/\.[^.]*$/, "");
  return { fileName: `${base}-dong-bi-loai.csv`, contentType: CSV_TYPE, contentBase64: await csvFile(rows) };
}

/** The template with one example row, as XLSX or CSV (any signed-in staff member may download it). */
export async function importTemplate(format: "CSV" | "XLSX"): Promise<DownloadableFile> {
  const rows = [TEMPLATE_COLUMNS.map((c) => c.header), TEMPLATE_COLUMNS.map((c) => c.example)];
  if (format === "CSV") return { fileName: "mau-nhap-ho-so-tthc.csv", contentType: CSV_TYPE, contentBase64: await csvFile(rows) };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hồ sơ TTHC");
  sheet.addRows(rows);
  // Text cells, so Excel keeps "0001" and "05/01/2026 09:30" as typed rather than turning them into numbers or dates.
  sheet.columns.forEach((column) => {
    column.numFmt = "@";
    column.width = 28;
  });
  sheet.getRow(1).font = { bold: true };
  return { fileName: "mau-nhap-ho-so-tthc.xlsx", contentType: XLSX_TYPE, contentBase64: await base64Of(await workbook.xlsx.writeBuffer()) };
}
