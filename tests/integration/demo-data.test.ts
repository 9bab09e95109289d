/**
 * What a newcomer sees in the first minute of `npm start`, read through the gateway as they would:
 * the demo profile's year under way (planning's and complaints' demo seeds, and the directory's
 * inbox their events fill). Runs only against a demo stack (`STACK_PROFILE=demo npx vitest run
 * demo-data.test.ts`): the test stack is seeded without it, on purpose.
 */
import { waitFor } from "@tthc/test-kit";
import { beforeAll, describe, expect, it } from "vitest";
import { bearer, gql, login } from "./stack.ts";

/** The day in Vietnam of an instant, as YYYY-MM-DD (the due days' form). */
const dayInVietnam = (iso: string) => new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });

type Progress = { total: number; done: number; inProgress: number; overdue: number };
type Report = { status: string; reviewState: string; createdAt: string };
type Occurrence = { dueDay: string; status: string; review: string | null; overdue: boolean; reports: Report[] };

describe.runIf(process.env.STACK_PROFILE === "demo")("the demo's year under way", () => {
  let admin: Record<string, string>;
  let ward: Record<string, string>;

  beforeAll(async () => {
    admin = bearer((await login("admin", "Admin@2024")).accessToken);
    ward = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
  });

  it("shows both plans with work done, in progress and overdue", async () => {
    const r = await gql<{ plans: Array<{ year: number; progress: Progress }> }>(
      `{ plans { year progress { total done inProgress overdue } } }`,
      {},
      admin,
    );
    expect(r.data!.plans.length).toBeGreaterThanOrEqual(2);
    for (const plan of r.data!.plans) {
      expect(plan.progress.done, `${plan.year}`).toBeGreaterThan(0);
      expect(plan.progress.inProgress, `${plan.year}`).toBeGreaterThan(0);
      expect(plan.progress.overdue, `${plan.year}`).toBeGreaterThan(0);
      expect(plan.progress.done, `${plan.year}`).toBeLessThan(plan.progress.total);
    }
  });

  it("gives a ward reports on time, late, returned and awaiting review, and overdue work", async () => {
    const r = await gql<{ myOccurrences: Occurrence[] }>(
      `{ myOccurrences(limit: 500) { dueDay status review overdue reports { status reviewState createdAt } } }`,
      {},
      ward,
    );
    const mine = r.data!.myOccurrences;
    // The day each accepted "done" report came in, against the due day.
    const done = mine.flatMap((o) => {
      const report = o.reports.find((x) => x.status === "DONE" && x.reviewState === "ACCEPTED");
      return o.status === "DONE" && report ? [{ dueDay: o.dueDay, reportedOn: dayInVietnam(report.createdAt) }] : [];
    });
    expect(done.filter((d) => d.reportedOn <= d.dueDay).length).toBeGreaterThan(0);
    expect(done.filter((d) => d.reportedOn > d.dueDay).length).toBeGreaterThan(0);
    // Reported done, waiting for the city office's review.
    expect(mine.filter((o) => o.status === "DONE" && o.review === "PENDING").length).toBeGreaterThan(0);
    expect(mine.filter((o) => o.review === "RETURNED").length).toBeGreaterThan(0);
    expect(mine.filter((o) => o.overdue && o.reports.length === 0).length).toBeGreaterThan(0);
  });

  it("has PAKN in every state, the published ones public", async () => {
    const r = await gql<{ complaints: { items: Array<{ status: string }> } }>(`{ complaints(limit: 100) { items { status } } }`, {}, admin);
    const statuses = new Set(r.data!.complaints.items.map((c) => c.status));
    for (const s of [
      "RECEIVED",
      "CLASSIFIED",
      "TRANSFERRED",
      "HANDLED",
      "APPROVED",
      "ANSWERED",
      "PUBLISHED",
      "CLOSED",
      "RETURNED",
      "PAUSED",
    ]) {
      expect(statuses, s).toContain(s);
    }
    const published = await gql<{ publishedComplaints: { total: number } }>(`{ publishedComplaints(limit: 5) { total } }`);
    expect(published.data!.publishedComplaints.total).toBeGreaterThanOrEqual(2);
  });

  it("fills the ward's inbox with unread notifications: PAKN transferred, reports returned", async () => {
    const titles = await waitFor(async () => {
      const r = await gql<{ myNotifications: Array<{ title: string; readAt: string | null }> }>(
        `{ myNotifications(unreadOnly: true) { title readAt } }`,
        {},
        ward,
      );
      const list = r.data?.myNotifications ?? [];
      return list.some((n) => /được chuyển đến/.test(n.title)) && list.some((n) => /bị trả lại/.test(n.title)) ? list : undefined;
    }, 60_000);
    expect(titles.every((n) => n.readAt === null)).toBe(true);
  });
});
