import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEvent } from "@tthc/events";
import { notificationHandlers } from "../src/events/handlers.ts";
import { gql, startHarness, userActor, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("notification_events");
});
afterAll(() => h.close());

const INBOX = `{ myNotifications { kind title link } }`;

describe("notifications from other services' events", () => {
  it("a plan's assignment digest reaches the ward's officers, not another ward's", async () => {
    const leLoi = await userActor(h.db, "phuong.leloi");
    const minhKhai = await userActor(h.db, "phuong.minhkhai");
    const event = createEvent("planning.task.assigned", {
      source: "planning",
      subject: "7b0e3c52-4a36-4d8e-9a57-2f3e7d1c0a11",
      data: {
        unitId: (leLoi as { unitId: string }).unitId,
        title: "Được giao 12 nhiệm vụ của Kế hoạch KSTTHC năm 2024",
        link: "/planning/my-tasks",
        planId: "7b0e3c52-4a36-4d8e-9a57-2f3e7d1c0a11",
        taskCount: 12,
        occurrenceCount: 40,
        overdueCount: 0,
        nextDueDay: "2024-03-29",
      },
    });
    await h.db.$transaction((tx) => notificationHandlers["planning.task.assigned"]!(event, tx));
    const mine = await gql<{ myNotifications: Array<{ kind: string; title: string; link: string }> }>(h.app, INBOX, {}, leLoi);
    expect(mine.data!.myNotifications).toContainEqual({
      kind: "planning.task.assigned",
      title: event.data.title,
      link: "/planning/my-tasks",
    });
    const theirs = await gql<{ myNotifications: unknown[] }>(h.app, INBOX, {}, minhKhai);
    expect(theirs.data!.myNotifications).toEqual([]);
  });

  it("a PAKN limit with no handling unit goes to the city office administrators", async () => {
    const event = createEvent("complaints.complaint.due-soon", {
      source: "complaints",
      subject: "0d7f6a4e-0000-4000-8000-000000000001",
      data: {
        step: "classify",
        dueDay: "2025-02-05",
        unitId: null,
        unitIds: [],
        title: "PAKN-2025-7K3QX9 sắp đến hạn phân loại",
        link: "/complaints/0d7f6a4e-0000-4000-8000-000000000001",
      },
    });
    await h.db.$transaction((tx) => notificationHandlers["complaints.complaint.due-soon"]!(event, tx));
    const admin = await gql<{ myNotifications: Array<{ title: string }> }>(h.app, INBOX, {}, await userActor(h.db, "admin"));
    expect(admin.data!.myNotifications.map((n) => n.title)).toContain("PAKN-2025-7K3QX9 sắp đến hạn phân loại");
    const ward = await gql<{ myNotifications: Array<{ title: string }> }>(h.app, INBOX, {}, await userActor(h.db, "phuong.leloi"));
    expect(ward.data!.myNotifications.map((n) => n.title)).not.toContain("PAKN-2025-7K3QX9 sắp đến hạn phân loại");
  });

  it("an overdue recommendation after an inspection reaches the responsible unit's officers only", async () => {
    const leLoi = await userActor(h.db, "phuong.leloi");
    const id = "5a1d7c2e-1111-4222-8333-444455556666";
    const event = createEvent("inspections.recommendation.overdue", {
      source: "inspections",
      subject: id,
      data: {
        unitId: (leLoi as { unitId: string }).unitId,
        title: "Kiến nghị sau kiểm tra đã quá hạn (hạn 08/05/2026)",
        link: `/inspections/${id}`,
        recommendationId: id,
        inspectionId: id,
        findingId: id,
        dueDay: "2026-05-08",
        workingDaysLate: 2,
      },
    });
    await h.db.$transaction((tx) => notificationHandlers["inspections.recommendation.overdue"]!(event, tx));
    const mine = await gql<{ myNotifications: Array<{ kind: string; title: string }> }>(h.app, INBOX, {}, leLoi);
    expect(mine.data!.myNotifications).toContainEqual(
      expect.objectContaining({ kind: "inspections.recommendation.overdue", title: event.data.title }),
    );
    const other = await gql<{ myNotifications: Array<{ title: string }> }>(h.app, INBOX, {}, await userActor(h.db, "phuong.minhkhai"));
    expect(other.data!.myNotifications.map((n) => n.title)).not.toContain(event.data.title);
  });
});
