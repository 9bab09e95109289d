/**
 * A .docx plan becomes the same text layout as a plan pasted from Word (paragraphs as lines, task
 * table rows as tab-separated cells), so both go through one parser: parseDecisionText. Every DOCX
 * the service reads comes through parseDocx, which refuses a package that would expand beyond
 * DOCX_LIMITS before mammoth inflates anything (a 100 KB zip bomb once took 2.6 GB).
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import { createInflateRaw } from "node:zlib";
import { PlanImportError } from "../domain/plan-import/plan-import-error.ts";
import { blocksOfMammothHtml, type Block, type TableCell } from "../domain/plan-import/mammoth-html.ts";
import { isHeaderRow } from "../domain/plan-import/table-header.ts";
import { joinParagraphs, PARAGRAPH } from "../domain/plan-import/cell-text.ts";

/**
 * What one uploaded .docx may expand to. Word writes a few dozen entries; a decision with a task
 * table of a thousand rows is a few MB of XML.
 */
export const DOCX_LIMITS = {
  /** Entries of the ZIP package (parts, media, folders). */
  maxEntries: 1_000,
  /** The sum of every entry's inflated size, as declared by the headers and as actually inflated. */
  maxUncompressedBytes: 32 * 1024 * 1024,
};

export async function parseDocx(buffer: Buffer): Promise<string> {
  if (buffer.length === 0) throw new PlanImportError("EMPTY_DOCUMENT");
  await checkExpansion(buffer);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        // An uploaded document must not make the server read files it links to, and images are
        // not part of a plan: they are dropped instead of inlined as base64.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      },
    );
    html = result.value;
  } catch (cause) {
    throw new PlanImportError("MALFORMED_DOCX", { cause });
  }
  return blocksOfMammothHtml(html).map(blockText).join("\n\n");
}

// Every central-directory record a ZIP reader can find begins with this signature.
const CENTRAL_FILE_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** JSZip's record of a stored entry (lib/compressedObject.js): what mammoth's JSZip will inflate. */
interface CompressedEntry {
  uncompressedSize: number;
  compressedContent: Uint8Array;
  compression: { magic: string };
}

const STORE = "\x00\x00";
const DEFLATE = "\x08\x00";

/**
 * Refuses a package over DOCX_LIMITS: first by counting central-directory records (before a reader
 * builds an object per entry), then by the sizes the headers declare, then by inflating each entry
 * with the same reader mammoth uses and counting the bytes, stopping at the first byte beyond its
 * declared size or the remaining budget, so a header that lies costs no memory either.
 */
async function checkExpansion(buffer: Buffer): Promise<void> {
  let records = 0;
  for (let at = buffer.indexOf(CENTRAL_FILE_HEADER); at >= 0; at = buffer.indexOf(CENTRAL_FILE_HEADER, at + 4)) {
    if (++records > DOCX_LIMITS.maxEntries) throw new PlanImportError("DOCX_TOO_MANY_ENTRIES");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (cause) {
    throw new PlanImportError("MALFORMED_DOCX", { cause });
  }
  const entries = Object.values(zip.files).flatMap((file) => {
    const data = (file as unknown as { _data?: Partial<CompressedEntry> })._data;
    return data && typeof data.uncompressedSize === "number" ? [data as CompressedEntry] : [];
  });
  if (entries.length > DOCX_LIMITS.maxEntries) throw new PlanImportError("DOCX_TOO_MANY_ENTRIES");
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > DOCX_LIMITS.maxUncompressedBytes) {
    throw new PlanImportError("DOCX_TOO_LARGE");
  }
  let budget = DOCX_LIMITS.maxUncompressedBytes;
  for (const entry of entries) {
    const size = await inflatedSize(entry, Math.min(entry.uncompressedSize, budget));
    if (size !== entry.uncompressedSize) throw new PlanImportError(size > entry.uncompressedSize ? "DOCX_TOO_LARGE" : "MALFORMED_DOCX");
    budget -= size;
  }
}

/** The entry's inflated length, counted without keeping it; stops once it passes `max`. */
async function inflatedSize(entry: CompressedEntry, max: number): Promise<number> {
  const magic = entry.compression.magic;
  if (magic === STORE) return entry.compressedContent.length;
  if (magic !== DEFLATE) throw new PlanImportError("MALFORMED_DOCX");
  const inflate = createInflateRaw();
  inflate.end(entry.compressedContent);
  let size = 0;
  try {
    for await (const chunk of inflate) {
      size += (chunk as Buffer).length;
      if (size > max) break;
    }
  } catch (cause) {
    throw new PlanImportError("MALFORMED_DOCX", { cause });
  } finally {
    inflate.destroy();
  }
  return size;
}

function blockText(block: Block): string {
  if (block.kind === "paragraph") return block.text;
  const grid = tableGrid(block.rows);
  const isTaskTable = grid.some((row) => isHeaderRow(row.map((entry) => joinParagraphs(entry.text))));
  if (isTaskTable) return grid.map(rowLine).join("\n");
  // A layout table (the header or signature block of a decision): each cell is read as a
  // paragraph whose lines are the cell's paragraphs ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name).
  return block.rows
    .flatMap((row) => row.map((cell) => cell.paragraphs.join("\n")))
    .filter((text) => text !== "")
    .join("\n\n");
}

interface GridEntry {
  text: string;
  /** Covered by a cell of a row above (rowspan). */
  spanned: boolean;
}

/** Places cells on a grid so that column spans and row spans keep every cell in its column. */
function tableGrid(rows: readonly TableCell[][]): GridEntry[][] {
  const grid: Array<Array<GridEntry | undefined>> = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]?.[column]) column++;
      const text = cellText(cell.paragraphs);
      for (let down = 0; down < cell.rowspan && r + down < rows.length; down++) {
        for (let across = 0; across < cell.colspan; across++) {
          const target = grid[r + down];
          if (target) target[column + across] = { text: across === 0 ? text : "", spanned: down > 0 };
        }
      }
      column += cell.colspan;
    }
  });
  return grid.map((row) => Array.from(row, (entry) => entry ?? { text: "", spanned: false }));
}

/** A row is one line, so a cell's paragraphs are kept apart by PARAGRAPH (tabs and line breaks inside are spaces). */
function cellText(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => paragraph.replace(/[\t\n\u2029]/g, " ")).join(PARAGRAPH);
}

/**
 * A cell merged down over several tasks (one lead unit for three tasks) belongs to each of them,
 * so it is repeated; in a row that continues the task above (empty number) it is blank instead,
 * so the merge of continuation rows does not repeat it.
 */
function rowLine(row: readonly GridEntry[]): string {
  const continues = row[0] === undefined || row[0].spanned || row[0].text === "";
  return row.map((entry) => (entry.spanned && continues ? "" : entry.text)).join("\t");
}
