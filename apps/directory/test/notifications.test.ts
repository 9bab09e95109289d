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

  it("pages the inbox in SQL, newest first, and counts what the user has not read", async () => {
    const ward = await unitId(h.db, "hy.tp.p.hong-chau");
    await h.db.user.create({
      data: { username: "phuong.hongchau.page", fullName: "Cán bộ trang", passwordHash: "x", roles: ["UNIT_OFFICER"], unitId: ward },
    });
    const actor = await userActor(h.db, "phuong.hongchau.page");
    // Five notifications a minute apart (fixed instants, not the clock): the newest is "Thông báo 5".
    for (let i = 1; i <= 5; i++) {
      await h.db.notification.create({
        data: { unitId: ward, kind: "task.due-soon", title: `Thông báo ${i}`, createdAt: new Date(`2026-03-16T0${i}:00:00Z`) },
      });
    }
    const PAGE = `query ($u: Boolean, $l: Int, $o: Int) {
      myNotificationPage(unreadOnly: $u, limit: $l, offset: $o) { total items { id title readAt } }
      myUnreadNotificationCount
    }`;
    type Page = {
      myNotificationPage: { total: number; items: Array<{ id: string; title: string; readAt: string | null }> };
      myUnreadNotificationCount: number;
    };
    const first = (await gql<Page>(h.app, PAGE, { l: 2, o: 0 }, actor)).data!;
    expect(first.myNotificationPage.total).toBe(5);
    expect(first.myNotificationPage.items.map((n) => n.title)).toEqual(["Thông báo 5", "Thông báo 4"]);
    expect(first.myUnreadNotificationCount).toBe(5);
    const last = (await gql<Page>(h.app, PAGE, { l: 2, o: 4 }, actor)).data!;
    expect(last.myNotificationPage.items.map((n) => n.title)).toEqual(["Thông báo 1"]);

    await gql(h.app, `mutation ($id: ID!) { markNotificationRead(id: $id) }`, { id: first.myNotificationPage.items[0]!.id }, actor);
    const after = (await gql<Page>(h.app, PAGE, { u: true, l: 10, o: 0 }, actor)).data!;
    expect(after.myUnreadNotificationCount).toBe(4);
    expect(after.myNotificationPage.total).toBe(4);
    expect(after.myNotificationPage.items.map((n) => n.title)).toEqual(["Thông báo 4", "Thông báo 3", "Thông báo 2", "Thông báo 1"]);
    // Reading it again changes nothing: the count stays.
    await gql(h.app, `mutation ($id: ID!) { markNotificationRead(id: $id) }`, { id: first.myNotificationPage.items[0]!.id }, actor);
    expect((await gql<Page>(h.app, PAGE, {}, actor)).data!.myUnreadNotificationCount).toBe(4);

    // A page size out of range is refused with a Vietnamese message, and nothing is read.
    const bad = await gql(h.app, PAGE, { l: 0 }, actor);
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(bad.errors)).toContain("Số dòng mỗi trang");
    expect(errorCode(await gql(h.app, PAGE, { o: -1 }, actor))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(h.app, `{ myUnreadNotificationCount }`))).toBe("UNAUTHENTICATED");
  });

  it("refuses a notification without exactly one target", async () => {
    await expect(addNotification(h.db, { kind: "x", title: "y" })).rejects.toThrow(/exactly one/);
  });
});
