/**
 * Dossier steps from a partner one-stop system (issue 12 item 2a) through GraphQL: only a key with
 * `dossiers:write` may send; every step is checked (code formats of both circulars, the receipt date in the
 * code, the unit, each step's fields) and a batch with a wrong step records nothing; a resent batch adds no
 * event; and the enqueued events, applied by the real handlers twice and in reverse order, give the Biểu 06
 * figures computed by hand below.
 *
 * Q1/2026's data window is 15/12/2025 → 14/03/2026 (cut-off day 14, docs/domain.md §2.3).
 */
import { parseLocalDate } from "@tthc/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumMeasures } from "../../src/db/facts.ts";
import { MEASURES } from "../../src/domain/measures.ts";
import { formFigures } from "../../src/use-cases/report-figures.ts";
import { at, event } from "../fixtures.ts";
import { ACTORS, applyEvents, gql, outboxEvents, startHarness, type Harness } from "../harness.ts";

const NOW = new Date("2026-03-16T03:00:00Z");
const Q1 = { start: parseLocalDate("2025-12-15"), end: parseLocalDate("2026-03-14") };
const TODAY = parseLocalDate("2026-03-16");
const WARD = "unit-le-loi";

function unit(id: string, code: string) {
  return event("directory.unit.created", id, at("2024-01-01"), {
    unit: { id, code, name: `Đơn vị ${code}`, shortName: null, levelCode: "ward", parentId: null, validFrom: "2020-01-01", validTo: null },
  });
}

const RECORD = `mutation ($steps: [DossierStepInput!]!) { recordDossierSteps(steps: $steps) { recorded duplicates errors { index field message } } }`;
type BatchResult = {
  recordDossierSteps: { recorded: number; duplicates: number; errors: Array<{ index: number; field: string; message: string }> };
};

const vn = (day: string, time = "09:30") => `${day}T${time}:00+07:00`;
const D1 = "000.00.31.H29-260105-0001";
const D2 = "H29.123.45-260110-010001"; // Circular 04/2025's format
const D3 = "000.00.31.H29-260301-0002";
const D4 = "000.00.31.H29-260312-0003";
const D5 = "000.00.31.H29-260314-0004";
const D6 = "000.00.31.H29-260315-0005";
const D7 = "000.00.31.H29-260202-0006";

/** Hand-counted for LE-LOI in Q1/2026 under each step. */
const STEPS = [
  { dossierCode: D1, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-01-05"), channel: "online", dueDay: "2026-01-20" },
  { dossierCode: D1, unitCode: "LE-LOI", step: "paid-online", occurredAt: vn("2026-01-05", "10:00") },
  { dossierCode: D1, unitCode: "LE-LOI", step: "digitised", occurredAt: vn("2026-01-05", "10:30") },
  { dossierCode: D1, unitCode: "LE-LOI", step: "resolved", occurredAt: vn("2026-01-15"), timeliness: "early" },
  { dossierCode: D1, unitCode: "LE-LOI", step: "result-issued-electronically", occurredAt: vn("2026-01-15", "10:00") },
  { dossierCode: D2, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-01-10"), channel: "in-person", dueDay: "2026-01-20" },
  { dossierCode: D2, unitCode: "LE-LOI", step: "apology-issued", occurredAt: vn("2026-01-19"), newDueDay: "2026-01-30" },
  { dossierCode: D2, unitCode: "LE-LOI", step: "resolved", occurredAt: vn("2026-01-28"), timeliness: "late" },
  // Open at the cut-off: overdue since 11/03 / within its deadline.
  { dossierCode: D3, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-03-01"), channel: "post", dueDay: "2026-03-10" },
  { dossierCode: D4, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-03-12"), channel: "online", dueDay: "2026-03-25" },
  // The 14th is the last day of Q1, the 15th the first of Q2.
  { dossierCode: D5, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-03-14", "16:00"), channel: "online", dueDay: "2026-03-20" },
  { dossierCode: D6, unitCode: "LE-LOI", step: "received", occurredAt: vn("2026-03-15", "08:00"), channel: "online", dueDay: "2026-03-20" },
  // Another unit's dossier, returned for completion then withdrawn.
  { dossierCode: D7, unitCode: "TU-PHAP", step: "received", occurredAt: vn("2026-02-02"), channel: "in-person", dueDay: "2026-02-12" },
  { dossierCode: D7, unitCode: "TU-PHAP", step: "returned-for-completion", occurredAt: vn("2026-02-03") },
  { dossierCode: D7, unitCode: "TU-PHAP", step: "withdrawn", occurredAt: vn("2026-02-05") },
];

let h: Harness;

beforeAll(async () => {
  h = await startHarness("dossier_steps", NOW);
  await applyEvents(h.db, [unit(WARD, "LE-LOI"), unit("unit-tu-phap", "TU-PHAP")]);
});
afterAll(async () => h?.close());

const figures = async (unitId: string | null, asOf = TODAY) =>
  Object.fromEntries(
    (
      await formFigures(
        h.db,
        [
          "dossier.received",
          "dossier.received.online",
          "dossier.received.offline",
          "dossier.carried-over",
          "dossier.resolved.early",
          "dossier.resolved.on-time",
          "dossier.resolved.late",
          "dossier.open.within-deadline",
          "dossier.open.overdue",
        ],
        Q1,
        unitId,
        asOf,
      )
    ).map((f) => [f.code, f.value]),
  );

describe("recordDossierSteps", () => {
  it("refuses callers without dossiers:write, and changes nothing", async () => {
    for (const actor of [ACTORS.reader, ACTORS.admin, ACTORS.anonymous]) {
      const res = await gql<BatchResult>(h.app, RECORD, { steps: STEPS.slice(0, 1) }, actor);
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(res.errors?.[0]?.extensions?.code);
    }
    expect(await outboxEvents(h.db)).toHaveLength(0);
  });

  it("lists every wrong step by its index with a Vietnamese message, and records none of the batch", async () => {
    const good = STEPS[0]!;
    const bad = [
      good,
      { ...good, dossierCode: "HS-0001" },
      { ...good, dossierCode: "000.00.31.H29-260230-0001" },
      { ...good, unitCode: "KHONG-CO" },
      { ...good, step: "lost" },
      { ...good, channel: null },
      { ...good, occurredAt: vn("2026-03-17") },
      { ...good, occurredAt: vn("2026-01-04") },
      { ...good, step: "resolved", timeliness: "soon" },
      { ...good, step: "apology-issued" },
      { ...good, occurredAt: "05/01/2026" },
    ];
    const res = await gql<BatchResult>(h.app, RECORD, { steps: bad }, ACTORS.onestop);
    expect(res.errors).toBeUndefined();
    const { recorded, errors } = res.data!.recordDossierSteps;
    expect(recorded).toBe(0);
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [1, "dossierCode"],
      [2, "dossierCode"],
      [3, "unitCode"],
      [4, "step"],
      [5, "channel"],
      [6, "occurredAt"],
      [7, "occurredAt"],
      [8, "timeliness"],
      [9, "newDueDay"],
      [10, "occurredAt"],
    ]);
    expect(errors[0]!.message).toContain("không đúng định dạng");
    expect(errors[1]!.message).toContain("ngày tiếp nhận (YYMMDD) không hợp lệ");
    expect(errors[2]!.message).toContain("KHONG-CO");
    expect(await outboxEvents(h.db)).toHaveLength(0);
  });

  it("refuses an empty or oversized batch", async () => {
    const empty = await gql<BatchResult>(h.app, RECORD, { steps: [] }, ACTORS.onestop);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const many = Array.from({ length: 501 }, () => STEPS[0]!);
    const big = await gql<BatchResult>(h.app, RECORD, { steps: many }, ACTORS.onestop);
    expect(big.errors?.[0]?.message).toContain("tối đa 500");
  });

  it("records a good batch once: resending it adds no event", async () => {
    const first = await gql<BatchResult>(h.app, RECORD, { steps: STEPS }, ACTORS.onestop);
    expect(first.data!.recordDossierSteps).toEqual({ recorded: STEPS.length, duplicates: 0, errors: [] });
    const again = await gql<BatchResult>(h.app, RECORD, { steps: [...STEPS, STEPS[0]!] }, ACTORS.onestop);
    expect(again.data!.recordDossierSteps).toEqual({ recorded: 0, duplicates: STEPS.length + 1, errors: [] });
    const events = await outboxEvents(h.db, "reporting.dossier.recorded");
    expect(events).toHaveLength(STEPS.length);
    expect(events[0]).toMatchObject({
      subject: D1,
      time: "2026-01-05T02:30:00.000Z",
      actor: { kind: "partner", id: "p-onestop" },
      data: { dossierCode: D1, unitId: WARD, step: "received", channel: "online", dueDay: "2026-01-20", origin: "partner" },
    });
  });

  it("projects the steps into Biểu 06's figures, the same with duplicate and out-of-order deliveries", async () => {
    const events = await outboxEvents(h.db, "reporting.dossier.recorded");
    // Reverse order (resolutions before receipts), then everything again.
    await applyEvents(h.db, [...events].reverse());
    await applyEvents(h.db, events);
    expect(await figures(WARD)).toEqual({
      "dossier.received": 5, // D1, D2, D3, D4, D5 (D6 on the 15th is Q2)
      "dossier.received.online": 3, // D1, D4, D5
      "dossier.received.offline": 2, // D2 in person, D3 by post
      "dossier.carried-over": 0,
      "dossier.resolved.early": 1, // D1
      "dossier.resolved.on-time": 0,
      "dossier.resolved.late": 1, // D2, although its apology slip moved the appointment
      "dossier.open.within-deadline": 2, // D4, D5 at 14/03
      "dossier.open.overdue": 1, // D3, due 10/03
    });
    // Read on 10/03, before the quarter is over: as the figures stood that day, not as the facts say they will.
    expect(await figures(WARD, parseLocalDate("2026-03-10"))).toEqual({
      "dossier.received": 3, // D1, D2, D3
      "dossier.received.online": 1, // D1
      "dossier.received.offline": 2,
      "dossier.carried-over": 0,
      "dossier.resolved.early": 1,
      "dossier.resolved.on-time": 0,
      "dossier.resolved.late": 1,
      "dossier.open.within-deadline": 1, // D3, due that day
      "dossier.open.overdue": 0, // D3 only from 11/03
    });
    const others = await sumMeasures(
      h.db,
      [MEASURES.dossierReturnedForCompletion, MEASURES.dossierWithdrawn, MEASURES.dossierPaidOnline, MEASURES.dossierDigitised],
      Q1.start,
      Q1.end,
      null,
      TODAY,
    );
    expect([...others.values()].map((s) => s.flow)).toEqual([1, 1, 1, 1]);
    const justice = await figures("unit-tu-phap");
    expect(justice["dossier.received.offline"]).toBe(1);
    expect(justice["dossier.open.within-deadline"]).toBe(0); // withdrawn
  });
});
