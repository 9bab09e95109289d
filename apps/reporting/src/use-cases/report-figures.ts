import type { LocalDate } from "@tthc/calendar";
import type { Tx } from "../db/client.ts";
import { sumMeasures } from "../db/facts.ts";
import { indicatorsOf } from "../db/registry.ts";
import { figuresOf, type Figure } from "../domain/report-figures.ts";

/** The figures of a form (its indicators) over a data window, for one unit or (null) the whole city. */
export async function formFigures(
  tx: Tx,
  indicatorCodes: readonly string[],
  window: { start: LocalDate; end: LocalDate },
  unitId: string | null,
  asOf: LocalDate,
  corrections?: ReadonlyMap<string, { correctedValue: number; reason: string }>,
): Promise<Figure[]> {
  const indicators = await indicatorsOf(tx, indicatorCodes);
  const measures = [...new Set(indicators.flatMap((i) => i.measures))];
  const sums = await sumMeasures(tx, measures, window.start, window.end, unitId, asOf);
  return figuresOf(indicators, sums, corrections);
}
