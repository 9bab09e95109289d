/**
 * A report form's figures: each indicator adds up its measures' sums over the period's data window —
 * over the window (flow), up to the day before it (opening, e.g. carried over) or up to its last day
 * (closing, e.g. in progress at the cut-off). A unit's correction replaces the figure; the projected one is kept.
 */
/** Per measure: its sum before the window (opening stock), over it (flow) and up to its last day (closing stock). */
export interface MeasureSums {
  opening: number;
  flow: number;
  closing: number;
}

export interface Indicator {
  code: string;
  groupName: string;
  label: string;
  measures: string[];
  aggregate: string;
}

export interface Figure {
  code: string;
  groupName: string;
  label: string;
  /** From the projections. */
  projected: number;
  /** The figure reported: the correction if there is one, else the projected one. */
  value: number;
  correctionReason: string | null;
}

export function indicatorValue(indicator: Indicator, sums: Map<string, MeasureSums>): number {
  const key = indicator.aggregate === "opening" ? "opening" : indicator.aggregate === "closing" ? "closing" : "flow";
  return indicator.measures.reduce((total, m) => total + (sums.get(m)?.[key] ?? 0), 0);
}

export function figuresOf(
  indicators: Indicator[],
  sums: Map<string, MeasureSums>,
  corrections: ReadonlyMap<string, { correctedValue: number; reason: string }> = new Map(),
): Figure[] {
  return indicators.map((indicator) => {
    const projected = indicatorValue(indicator, sums);
    const correction = corrections.get(indicator.code);
    return {
      code: indicator.code,
      groupName: indicator.groupName,
      label: indicator.label,
      projected,
      value: correction?.correctedValue ?? projected,
      correctionReason: correction?.reason ?? null,
    };
  });
}
