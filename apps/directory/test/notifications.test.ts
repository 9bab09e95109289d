import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNotification } from "../src/use-cases/notifications.ts";
import { errorCode, gql, startHarness, unitId, userActor, type Harness } from "./harness.ts";

let h: Harness;
const INBOX = `query ($u: Boolean) { myNotifications(unreadOnly: $u) { id kind title readAt } }`;
type Inbox = { myNotifications: Array<{ id: string; kind: string; title: string; readAt: string | null }> };

beforeAll(async () => {
  h = await startHarness("notifications");
});
afterAll(async () => {
  await h?.close();
});

describe("notification inbox", () => {
  it("a user sees their own and their unit's notifications, and reads them for themselves", async () => {
    const leLoi = await unitId(h.db, "hy.tp.p.le-loi");
    const officer = await userActor(h.db, "phuong.leloi");
    const other = await userActor(h.db, "phuong.minhkhai");
    // A second officer of the same ward, to show read state is per user.
    const colleague = {
      ...officer,
      userId: (
        await h.db.user.create({
          data: { username: "phuong.leloi2", fullName: "Cán bộ 2", passwordHash: "x", roles: ["UNIT_OFFICER"], unitId: leLoi },
        })
      ).id,
    };

    await addNotification(h.db, { unitId: leLoi, kind: "task.assigned", title: "Nhiệm vụ mới", link: "/tasks/1" });
    const personal = await addNotification(h.db, {
      userId: officer.kind === "user" ? officer.userId : "",
      kind: "complaint.due-soon",
      title: "PAKN sắp đến hạn",
    });
    await addNotification(h.db, { unitId: await unitId(h.db, "hy.tp.p.minh-khai"), kind: "task.assigned", title: "Việc của Minh Khai" });

    const mine = (await gql<Inbox>(h.app, INBOX, {}, officer)).data!.myNotifications;
    expect(mine.map((n) => n.title).sort()).toEqual(["Nhiệm vụ mới", "PAKN sắp đến hạn"]);
    expect((await gql<Inbox>(h.app, INBOX, {}, other)).data!.myNotifications.map((n) => n.title)).toEqual(["Việc của Minh Khai"]);

    const unitNote = mine.find((n) => n.kind === "task.assigned")!;
    expect((await gql(h.app, `mutation ($id: ID!) { markNotificationRead(id: $id) }`, { id: unitNote.id }, officer)).data).toEqual({
      markNotificationRead: true,
    });
    const unread = (await gql<Inbox>(h.app, INBOX, { u: true }, officer)).data!.myNotifications;
    expect(unread.map((n) => n.id)).toEqual([personal]);
    expect((await gql<Inbox>(h.app, INBOX, { u: true }, colleague)).data!.myNotifications.map((n) => n.id)).toEqual([unitNote.id]);

    expect(errorCode(await gql(h.app, `mutation ($id: ID!) { markNotificationRead(id: $id) }`, { id: personal }, other))).toBe("NOT_FOUND");
    expect(errorCode(await gql(h.app, INBOX, {}))).toBe("UNAUTHENTICATED");
  });

  it("refuses a notification without exactly one target", async () => {
    await expect(addNotification(h.db, { kind: "x", title: "y" })).rejects.toThrow(/exactly one/);
  });
});
