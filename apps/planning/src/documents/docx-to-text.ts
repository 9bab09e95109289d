/**
 * A .docx plan becomes the same text layout as a plan pasted from Word (paragraphs as lines, task
 * table rows as tab-separated cells), so both go through one parser: parseDecisionText.
 */
import mammoth from "mammoth";
import { PlanImportError } from "../domain/plan-import/plan-import-error.ts";
import { blocksOfMammothHtml, type Block, type TableCell } from "../domain/plan-import/mammoth-html.ts";
import { isHeaderRow } from "../domain/plan-import/table-header.ts";

export async function parseDocx(buffer: Buffer): Promise<string> {
  if (buffer.length === 0) throw new PlanImportError("EMPTY_DOCUMENT");
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

function blockText(block: Block): string {
  if (block.kind === "paragraph") return block.text;
  const grid = tableGrid(block.rows);
  const isTaskTable = grid.some((row) => isHeaderRow(row.map((entry) => entry.text)));
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

/**
 * A row is one line, so a cell's paragraphs are joined. List items ("- …") are kept apart with
 * ";" where the author ended an item without punctuation, because the text parser only sees an
 * item marker after ":", ";" or "." (a dash between words is part of names like "HĐND - UBND").
 */
function cellText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/[\t\n]/g, " "))
    .reduce((text, paragraph) => {
      if (text === "") return paragraph;
      const separator = /^-\s/.test(paragraph) && !/[:;.]$/.test(text) ? "; " : " ";
      return text + separator + paragraph;
    }, "");
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
