import type { Tx } from "./client.ts";
import type { Indicator } from "../domain/report-figures.ts";

export const findKind = (tx: Tx, code: string) => tx.reportKind.findUnique({ where: { code } });

export const listKinds = (tx: Tx) => tx.reportKind.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });

/** A kind's indicators in the form's order. */
export async function indicatorsOf(tx: Tx, codes: readonly string[]): Promise<Indicator[]> {
  return tx.reportIndicator.findMany({ where: { code: { in: [...codes] } }, orderBy: { sortOrder: "asc" } });
}
