import { describe, expect, it } from "vitest";
import { splitUnitNames, type SplitWork } from "../../src/domain/plan-import/index.ts";
import { unitCellOf } from "../fixtures/unit-cells.ts";

describe("splitting a unit cell", () => {
  it("does linear work: a 100 KB cell costs at most about 12x a 10 KB one", () => {
    const small: SplitWork = { steps: 0 };
    const large: SplitWork = { steps: 0 };
    const smallCell = unitCellOf(10_000);
    const largeCell = unitCellOf(100_000);
    const smallNames = splitUnitNames(smallCell, {}, small).names.length;
    const largeNames = splitUnitNames(largeCell, {}, large).names.length;
    console.log(
      `10 KB: ${small.steps} steps, ${smallNames} names; 100 KB: ${large.steps} steps, ${largeNames} names; ratio ${(large.steps / small.steps).toFixed(2)}`,
    );
    expect(largeNames).toBeGreaterThan(smallNames * 9);
    expect(large.steps / small.steps).toBeLessThanOrEqual(12);
  });
});
