/**
 * Reads the HTML that mammoth writes for a .docx into paragraphs and tables. Mammoth's output is
 * regular (its writer escapes every "<" and "&" of the text), so a tag tokenizer is enough and no
 * markup of the author's text is ever interpreted: "&lt;script&gt;" comes back as the text "<script>".
 */
import { collapseSpaces } from "../text/vietnamese-text.ts";

export interface TableCell {
  paragraphs: string[];
  colspan: number;
  rowspan: number;
}

export type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: TableCell[][] };

interface TableContext {
  rows: TableCell[][];
  row: TableCell[];
  cell: TableCell | null;
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const PARAGRAPH_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

export function blocksOfMammothHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: TableContext[] = [];
  let paragraph = "";

  const flush = () => {
    // A line break (Shift+Enter) stays a line of the paragraph, as in text pasted from Word.
    const text = paragraph
      .split("\n")
      .map(collapseSpaces)
      .filter((line) => line !== "")
      .join("\n");
    paragraph = "";
    if (text === "") return;
    const cell = tables.at(-1)?.cell;
    if (cell) cell.paragraphs.push(text);
    else if (tables.length === 0) blocks.push({ kind: "paragraph", text });
  };

  for (const [, closing, rawName = "", attributes = "", text] of html.matchAll(TOKEN)) {
    if (text !== undefined) {
      paragraph += decodeEntities(text);
      continue;
    }
    const name = rawName.toLowerCase();
    const table = tables.at(-1);
    if (PARAGRAPH_TAGS.has(name)) {
      flush();
      // A list item keeps its bullet as "- ", the item marker the text parser reads.
      if (!closing && name === "li") paragraph = "- ";
    } else if (name === "br") {
      paragraph += table?.cell ? " " : "\n";
    } else if (name === "table") {
      flush();
      if (!closing) tables.push({ rows: [], row: [], cell: null });
      else closeTable(tables, blocks);
    } else if (name === "tr" && table) {
      if (closing) table.rows.push(table.row);
      table.row = [];
    } else if ((name === "td" || name === "th") && table) {
      flush();
      if (!closing) table.cell = { paragraphs: [], colspan: span(attributes, "colspan"), rowspan: span(attributes, "rowspan") };
      else if (table.cell) {
        table.row.push(table.cell);
        table.cell = null;
      }
    }
  }
  flush();
  return blocks;
}

/** A table nested in a cell is flattened into that cell's text. */
function closeTable(tables: TableContext[], blocks: Block[]): void {
  const done = tables.pop();
  if (!done) return;
  const outerCell = tables.at(-1)?.cell;
  if (outerCell) {
    for (const row of done.rows) outerCell.paragraphs.push(...row.flatMap((cell) => cell.paragraphs));
  } else if (tables.length === 0) {
    blocks.push({ kind: "table", rows: done.rows });
  }
}

function span(attributes: string, name: "colspan" | "rowspan"): number {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
  return Number.isInteger(value) && value > 0 && value <= 1000 ? value : 1;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|#39));/g, (entity, dec, hex, named) => {
    if (dec) return safeCodePoint(Number(dec), entity);
    if (hex) return safeCodePoint(parseInt(hex, 16), entity);
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" }[named as string] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
