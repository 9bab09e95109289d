/**
 * The text work a citizen's PAKN makes the staff's views do, at the form's largest content
 * (CONTENT_MAX_LENGTH) against a typical letter of 1 000 characters, in the same run:
 *
 * 1. `detectPersonalData` (every read of a hidden sender's content, the publication review, the
 *    register export) on a normal letter and on hostile texts: one word of 10 000 letters, and
 *    "Thôn Thôn Thôn …" (every word starts an address);
 * 2. duplicate suggestions of one detail view against 500 open PAKN: from the texts (what every view
 *    did before the `trigrams` column) and from the trigrams stored at intake (what it does now).
 *
 * It prints milliseconds and, for each, the ratio of the 10 000-character time to ten times the
 * 1 000-character time: about 1 when the work is linear in the text, about 10 when it is quadratic.
 *
 *   npx tsx bench/complaints-text-work.ts          # from the repository root; no database needed
 *
 * Environment: BENCH_RUNS (default 5), BENCH_OPEN (open PAKN compared, default 500).
 */
import { performance } from "node:perf_hooks";
import { CONTENT_MAX_LENGTH } from "../apps/complaints/src/domain/intake.ts";
import { detectPersonalData } from "../apps/complaints/src/domain/personal-data.ts";
import { suggestDuplicates, trigramsOf } from "../apps/complaints/src/domain/text-search.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OPEN = Number(process.env.BENCH_OPEN ?? 500);
const SENDER = { name: "Nguyễn Văn An", address: "Số 12 phố Điện Biên, phường Lê Lợi", phone: "0912 345 678", email: "an@example.vn" };

const LETTER =
  "Tôi là Nguyễn Văn An, ở số 12 phố Điện Biên, phường Lê Lợi, điện thoại 0912 345 678. Cán bộ bộ phận một cửa yêu cầu nộp thêm giấy tờ " +
  "không có trong quy định khi đăng ký khai sinh cho con, hẹn ngày trả kết quả nhưng không trả đúng hạn. Đề nghị xem xét, chấn chỉnh. ";
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function time(run: () => unknown): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function row(name: string, small: number, large: number) {
  const ratio = large / (10 * small);
  console.log(`${name.padEnd(52)} ${small.toFixed(2).padStart(10)} ms ${large.toFixed(2).padStart(12)} ms ${ratio.toFixed(2).padStart(8)}`);
}

const SMALL = 1_000;
const LARGE = CONTENT_MAX_LENGTH;
console.log(`${"".padEnd(52)} ${"1 000 chars".padStart(13)} ${`${LARGE} chars`.padStart(15)} ${"ratio".padStart(8)}`);

for (const [name, unit] of [
  ["detectPersonalData: a letter", LETTER],
  ["detectPersonalData: one long word", "a"],
  ["detectPersonalData: 'Thôn Thôn …'", "Thôn "],
  ["detectPersonalData: 'phố phố …'", "phố "],
] as const) {
  row(
    name,
    time(() => detectPersonalData(fill(unit, SMALL), SENDER)),
    time(() => detectPersonalData(fill(unit, LARGE), SENDER)),
  );
}

function openOnes(length: number) {
  return Array.from({ length: OPEN }, (_, i) => ({ id: String(i), text: fill(`PAKN ${i} ${LETTER}`, length) }));
}
const smallOpen = openOnes(SMALL);
const largeOpen = openOnes(LARGE);
const stored = (ones: ReturnType<typeof openOnes>) => ones.map((o) => ({ id: o.id, trigrams: trigramsOf(o.text) }));
const smallStored = stored(smallOpen);
const largeStored = stored(largeOpen);
const fromTexts = [
  time(() => suggestDuplicates(fill(LETTER, SMALL), smallOpen)),
  time(() => suggestDuplicates(fill(LETTER, LARGE), largeOpen)),
] as const;
const fromStored = [
  time(() => suggestDuplicates(trigramsOf(fill(LETTER, SMALL)), smallStored)),
  time(() => suggestDuplicates(trigramsOf(fill(LETTER, LARGE)), largeStored)),
] as const;
row(`duplicates vs ${OPEN} open: from the texts`, ...fromTexts);
row(`duplicates vs ${OPEN} open: from stored trigrams`, ...fromStored);
console.log(
  `\none detail view at ${LARGE} characters: stored trigrams ${(fromTexts[1] / fromStored[1]).toFixed(1)}× faster than folding the texts`,
);
