import { addDays, toLocalDate } from "@tthc/calendar";
import { clock } from "@tthc/service-kit";
import { outboxRows, POST_MERGER_DEMO_UNITS, postMergerDemoUnitEvents, testUser } from "@tthc/test-kit";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintsDeps } from "../../src/app.ts";
import { DEMO_COMPLAINTS } from "../../src/seed-data.ts";
import { seedComplaintsDemo } from "../../src/seed.ts";
import { ACTORS, gql, ok, startHarness, type Harness } from "../harness.ts";

/** The demo profile's PAKN, seeded at the test clock: the inbox a newcomer opens. */
describe("demo PAKN", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness("seed_demo");
    // The seed's PAKN of this year go to the units after the 2025 reorganisation; the harness has the city of 2024.
    await h.db.$transaction(async (tx) => {
      for (const event of postMergerDemoUnitEvents()) await applyUnitEvent(event, tx);
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("puts PAKN in every state from received to published, some overdue, once", async () => {
    const first = await seedComplaintsDemo(complaintsDeps(h.env, h.db, { now: clock }));
    expect(first.created).toBe(DEMO_COMPLAINTS.length);
    const rows = await h.db.complaint.findMany({ select: { id: true, status: true, receivedAt: true, senderEmail: true } });
    const byStatus = Object.fromEntries([...new Set(rows.map((r) => r.status))].map((s) => [s, rows.filter((r) => r.status === s).length]));
    expect(byStatus).toEqual({
      received: 3,
      classified: 1,
      transferred: 2,
      handled: 1,
      approved: 1,
      answered: 1,
      published: 2,
      closed: 1,
      returned: 1,
      paused: 1,
    });
    expect(first.byStatus).toEqual(byStatus);
    // Received on the days before the process clock's today that the demo data names.
    const today = toLocalDate(clock());
    for (const entry of DEMO_COMPLAINTS) {
      const row = rows.find((r) => r.senderEmail === entry.senderEmail)!;
      expect(toLocalDate(row.receivedAt), entry.senderEmail).toBe(addDays(today, -entry.daysAgo));
    }

    // Every event carries the instant its step ran at (the intake's is the day received), not the process clock's.
    const events = (await outboxRows(h.db)).map((r) => r.payload);
    const receivedAt = new Map(rows.map((r) => [r.id, r.receivedAt.toISOString()]));
    const received = events.filter((e) => e.type === "complaints.complaint.received");
    expect(received).toHaveLength(rows.length);
    expect(received.filter((e) => e.time !== receivedAt.get(e.subject))).toEqual([]);
    expect(new Set(events.map((e) => toLocalDate(new Date(e.time)))).size).toBeGreaterThan(5);

    // The office's inbox: the overdue ones are flagged by the deadlines' own rules.
    const list = ok(
      await gql<{ complaints: { total: number } }>(
        h.app,
        `query($f: ComplaintFilter) { complaints(filter: $f, limit: 50) { total } }`,
        { f: { overdue: true } },
        ACTORS.admin,
      ),
    );
    expect(list.complaints.total).toBeGreaterThan(0);
    expect(list.complaints.total).toBeLessThan(DEMO_COMPLAINTS.length);
    // A ward's inbox has its own PAKN; each transfer told the unit (the directory's notification).
    const phoHien = POST_MERGER_DEMO_UNITS.phoHien.id;
    const ward = testUser("u-pho-hien", "u-pho-hien", phoHien, ["UNIT_OFFICER"]);
    const inbox = ok(await gql<{ complaints: { total: number } }>(h.app, `{ complaints(limit: 50) { total } }`, {}, ward));
    expect(inbox.complaints.total).toBeGreaterThan(0);
    const assigned = await outboxRows(h.db, "complaints.complaint.assigned");
    expect(assigned.map((r) => r.payload.data.unitId)).toContain(phoHien);

    const count = async () => ({ complaints: await h.db.complaint.count(), events: (await outboxRows(h.db)).length });
    const before = await count();
    const again = await seedComplaintsDemo(complaintsDeps(h.env, h.db, { now: clock }));
    expect(again).toEqual({ created: 0, byStatus: {} });
    expect(await count()).toEqual(before);
  });
});
