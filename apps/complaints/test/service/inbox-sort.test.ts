import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, SUBMISSION, complaintIdOf, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

beforeAll(async () => {
  h = await startHarness("inbox_sort", { now: hanoi("2025-03-03T09:00:00") });
});
afterAll(async () => {
  await h?.close();
});

const INBOX = `query ($s: ComplaintSort, $l: Int, $o: Int) {
  complaints(sort: $s, limit: $l, offset: $o) { total items { trackingCode status currentDue due { classify answer } } }
}`;
type Inbox = {
  complaints: {
    total: number;
    items: Array<{ trackingCode: string; status: string; currentDue: string | null; due: { classify: string; answer: string } }>;
  };
};

async function receiveOn(day: string, content: string): Promise<string> {
  h.setNow(hanoi(`${day}T09:00:00`));
  return ok(await submit(h.app, { ...SUBMISSION, content }, "198.51.100.60")).submitComplaint.trackingCode;
}

const CLASSIFY = `mutation ($id: ID!, $field: String!) {
  classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "other", field: $field, regulation: "Thủ tục hành chính" }) { id }
}`;

describe("the inbox ordered by legal deadline (DEADLINE_ASC)", () => {
  it("puts the limit each PAKN runs against first, soonest first, paged in SQL", async () => {
    // A and C wait for classification (a few working days after receipt); B is classified, so it runs
    // against the answer limit, weeks later — received between them, it sorts after both.
    const a = await receiveOn("2025-03-03", "Phản ánh thứ nhất về thủ tục chứng thực bản sao.");
    const b = await receiveOn("2025-03-04", "Phản ánh thứ hai về thủ tục cấp giấy phép xây dựng.");
    const c = await receiveOn("2025-03-05", "Phản ánh thứ ba về thủ tục đăng ký hộ kinh doanh.");
    ok(
      await gql(
        h.app,
        `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "other", field: "Xây dựng", regulation: "Cấp giấy phép xây dựng" }) { id } }`,
        { id: await complaintIdOf(h.db, b) },
        ACTORS.admin,
      ),
    );

    const byDeadline = ok(await gql<Inbox>(h.app, INBOX, { s: "DEADLINE_ASC", l: 10, o: 0 }, ACTORS.admin)).complaints;
    expect(byDeadline.items.map((i) => i.trackingCode)).toEqual([a, c, b]);
    const [first, second, third] = byDeadline.items;
    expect(first!.due.classify < second!.due.classify).toBe(true);
    expect(second!.due.classify < third!.due.answer).toBe(true);
    // The default stays newest received first.
    expect(ok(await gql<Inbox>(h.app, INBOX, { l: 10 }, ACTORS.admin)).complaints.items.map((i) => i.trackingCode)).toEqual([c, b, a]);
    // A page of the sorted list is cut in SQL: the second row alone, with the total of all.
    const page = ok(await gql<Inbox>(h.app, INBOX, { s: "DEADLINE_ASC", l: 1, o: 1 }, ACTORS.admin)).complaints;
    expect(page).toMatchObject({ total: 3, items: [{ trackingCode: c }] });

    // The stored key follows the state: classified, B runs against the answer limit.
    const row = await h.db.complaint.findUniqueOrThrow({ where: { trackingCode: b } });
    expect(row.watchedDue?.toISOString().slice(0, 10)).toBe(third!.due.answer);
    expect(byDeadline.items.map((i) => i.currentDue)).toEqual([first!.due.classify, second!.due.classify, third!.due.answer]);

    // A unit officer sees only what was transferred to them, in the same order; an unknown order is refused.
    expect(ok(await gql<Inbox>(h.app, INBOX, { s: "DEADLINE_ASC" }, ACTORS.leLoi)).complaints.total).toBe(0);
    const unknown = await gql(h.app, INBOX, { s: "DUE_SOONEST" }, ACTORS.admin);
    expect(unknown.data ?? null).toBeNull();
    expect(unknown.errors?.[0]?.message).toMatch(/ComplaintSort/);
  });

  it("orders by received day either way, and by field in the Vietnamese alphabet (ICU collation), in SQL", async () => {
    const all = ok(await gql<Inbox>(h.app, INBOX, { s: "RECEIVED_DESC", l: 10 }, ACTORS.admin)).complaints.items.map((i) => i.trackingCode);
    const [c, b, a] = all;
    expect(
      ok(await gql<Inbox>(h.app, INBOX, { s: "RECEIVED_ASC", l: 10 }, ACTORS.admin)).complaints.items.map((i) => i.trackingCode),
    ).toEqual([a, b, c]);
    // B is "Xây dựng" already. By bytes "Đất đai" (Đ is U+0110) would sort after "Xây dựng"; in Vietnamese it
    // follows "Dân số" and precedes "Xây dựng".
    ok(await gql(h.app, CLASSIFY, { id: await complaintIdOf(h.db, a!), field: "Đất đai" }, ACTORS.admin));
    const byField = ok(await gql<Inbox>(h.app, INBOX, { s: "FIELD_ASC", l: 10 }, ACTORS.admin)).complaints.items.map((i) => i.trackingCode);
    // C is not classified yet: no field, last.
    expect(byField).toEqual([a, b, c]);
    ok(await gql(h.app, CLASSIFY, { id: await complaintIdOf(h.db, c!), field: "Dân số" }, ACTORS.admin));
    expect(ok(await gql<Inbox>(h.app, INBOX, { s: "FIELD_ASC", l: 10 }, ACTORS.admin)).complaints.items.map((i) => i.trackingCode)).toEqual(
      [c, a, b],
    );
    // Paged in SQL: the second of the three alone.
    expect(ok(await gql<Inbox>(h.app, INBOX, { s: "FIELD_ASC", l: 1, o: 1 }, ACTORS.admin)).complaints).toMatchObject({
      total: 3,
      items: [{ trackingCode: a }],
    });
  });
});
