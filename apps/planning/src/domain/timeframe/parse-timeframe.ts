import { foldAligned } from "@tthc/text";
import { collapseSpaces, normaliseInput } from "../text/vietnamese-text.ts";
import { CONNECTORS, DAY_DEADLINE_PATTERNS, MASK, TIMEFRAME_PATTERNS, type TimeframePattern } from "./timeframe-patterns.ts";
import type { ParsedTimeframe, TimeframeContext, TimeframePart } from "./timeframe-types.ts";

/**
 * Reads a Vietnamese timeframe ("Thời gian thực hiện") into parts. Compound texts give several
 * parts; whatever is neither a part, a known qualifier nor a connector is returned in `unparsed`
 * so the import preview can flag it: nothing is guessed.
 */
export function parseTimeframe(text: string, ctx: TimeframeContext): ParsedTimeframe {
  const { original, found, masked } = read(TIMEFRAME_PATTERNS, text, ctx);
  const rest = maskSpans(
    masked,
    [...masked.matchAll(CONNECTORS)].map((m) => [m.index, m.index + m[0].length]),
  );
  const unparsed: string[] = [];
  for (const run of rest.matchAll(/[^\u0001]+/g)) {
    const words = original.slice(run.index, run.index + run[0].length).trim();
    if (/[\p{L}\p{N}]/u.test(words)) unparsed.push(words);
  }
  return {
    parts: found.flatMap((f) => ("part" in f ? [f.part] : [])),
    notes: found.flatMap((f) => ("note" in f ? [f.note] : [])),
    unparsed,
  };
}

/** Day deadlines ("trước ngày 10/01/2024") in prose, e.g. a decision article, in order. */
export function findDayDeadlines(text: string, ctx: TimeframeContext): TimeframePart[] {
  return read(DAY_DEADLINE_PATTERNS, text, ctx).found.flatMap((f) => ("part" in f ? [f.part] : []));
}

type Found = { at: number } & ({ part: TimeframePart } | { note: string });

function read(patterns: readonly TimeframePattern[], text: string, ctx: TimeframeContext) {
  const original = collapseSpaces(normaliseInput(text).replace(/\*\*/g, ""));
  let masked = foldAligned(original);
  const found: Found[] = [];
  for (const pattern of patterns) {
    const spans: Array<[number, number]> = [];
    for (const match of masked.matchAll(pattern.regex)) {
      const reading = pattern.read(match as RegExpExecArray, original, ctx);
      if (!reading) continue;
      spans.push([match.index, match.index + match[0].length]);
      found.push({ at: match.index, ...reading });
    }
    masked = maskSpans(masked, spans);
  }
  found.sort((a, b) => a.at - b.at);
  return { original, found, masked };
}

function maskSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + MASK.repeat(end - start) + out.slice(end);
  return out;
}
