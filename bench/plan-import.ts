/**
 * The plan importer's work, in one run (no database, no broker: pure CPU in this process):
 *
 * 1. splitting one unit cell of 10 KB and of 100 KB, and the ratio time(100 KB) / (10 × time(10 KB)):
 *    about 1 when the splitter is linear (the splitter of issue 15's report was cubic: a 2.7 KB cell
 *    took seconds);
 * 2. reading each real plan of the corpus (apps/planning/test/fixtures/plans/) as pasted text and as
 *    a .docx, against the seed plan as the baseline (ratio = time / seed's time).
 *
 *   npx tsx bench/plan-import.ts                   # from the repository root
 *
 * Environment: BENCH_RUNS (default 5): medians of that many runs after a warm-up.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseDocx } from "../apps/planning/src/documents/docx-to-text.ts";
import { parseDecisionText, splitUnitNames, type SplitWork } from "../apps/planning/src/domain/plan-import/index.ts";
import { corpus } from "../apps/planning/test/fixtures/plan-corpus.ts";
import { unitCellOf } from "../apps/planning/test/fixtures/unit-cells.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function time(run: () => unknown): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const small = unitCellOf(10_000);
const large = unitCellOf(100_000);
const steps = (cell: string) => {
  const work: SplitWork = { steps: 0 };
  splitUnitNames(cell, {}, work);
  return work.steps;
};
const smallTime = await time(() => splitUnitNames(small));
const largeTime = await time(() => splitUnitNames(large));
console.log(`${"unit cell".padEnd(34)} ${"10 KB".padStart(10)} ${"100 KB".padStart(10)} ${"ratio".padStart(8)}`);
console.log(
  `${"splitUnitNames (ms)".padEnd(34)} ${smallTime.toFixed(2).padStart(10)} ${largeTime.toFixed(2).padStart(10)} ${(largeTime / (10 * smallTime)).toFixed(2).padStart(8)}`,
);
console.log(
  `${"splitUnitNames (steps counted)".padEnd(34)} ${String(steps(small)).padStart(10)} ${String(steps(large)).padStart(10)} ${(steps(large) / (10 * steps(small))).toFixed(2).padStart(8)}`,
);

const seedText = readFileSync(new URL("../apps/planning/test/fixtures/seed-2024.txt", import.meta.url), "utf8");
const baseline = await time(() => parseDecisionText(seedText));
console.log(
  `\n${"plan".padEnd(34)} ${"text ms".padStart(10)} ${"docx ms".padStart(10)} ${"text/seed".padStart(10)} ${"docx/seed".padStart(10)}`,
);
console.log(`${"seed (baseline)".padEnd(34)} ${baseline.toFixed(2).padStart(10)}`);
for (const doc of corpus()) {
  const text = await time(() => parseDecisionText(doc.text));
  const docx = await time(async () => parseDecisionText(await parseDocx(doc.docx)));
  console.log(
    `${doc.name.padEnd(34)} ${text.toFixed(2).padStart(10)} ${docx.toFixed(2).padStart(10)} ${(text / baseline).toFixed(2).padStart(10)} ${(docx / baseline).toFixed(2).padStart(10)}`,
  );
}
