/**
 * The inbox chart's numbers: received / handled / overdue per month (Vietnam time), one GROUP BY in
 * SQL, in the same scope as the inbox (the city office sees all, a ward what was transferred to it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, SUBMISSION, UNITS, complaintIdOf, errorCode, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

beforeAll(async () => {
  h = await startHarness("monthly_counts", { now: hanoi("2025-01-06T09:00:00") });
});
afterAll(async () => {
  await h?.close();
});

const COUNTS = `query ($m: Int) { complaintCountsByMonth(months: $m) { month received handled overdue } }`;
type Counts = { complaintCountsByMonth: Array<{ month: string; received: number; handled: number; overdue: number }> };

async function receiveAt(instant: string, content: string): Promise<string> {
  h.setNow(hanoi(instant));
  const code = ok(await submit(h.app, { ...SUBMISSION, content }, "198.51.100.61")).submitComplaint.trackingCode;
  return complaintIdOf(h.db, code);
}

async function run(mutation: string, id: string, actor = ACTORS.admin): Promise<void> {
  ok(await gql(h.app, mutation, { id }, actor));
}

describe("complaintCountsByMonth", () => {
  it("counts receipts and answers by month for the caller's scope, the overdue among each month's receipts", async () => {
    const classifyAndTransfer = async (id: string) => {
      await run(
        `mutation ($id: ID!) { classifyComplaint(id: $id, input: { kind: FEEDBACK, category: "other", field: "Hộ tịch", regulation: "Thủ tục" }) { id } }`,
        id,
      );
      await run(`mutation ($id: ID!) { transferComplaint(id: $id, units: [{ unitId: "${UNITS.leLoi.id}", lead: true }]) { id } }`, id);
    };
    // January: one transferred to Lê Lợi and answered, one left waiting for classification (overdue by March).
    const answered = await receiveAt("2025-01-06T09:00:00", "Phản ánh thứ nhất về thủ tục chứng thực bản sao.");
    await classifyAndTransfer(answered);
    await receiveAt("2025-01-20T09:00:00", "Phản ánh thứ hai về thủ tục đăng ký khai sinh.");
    // The answer goes out at 06:00 on 1 February in Vietnam — still 31 January in UTC: it counts for February.
    h.setNow(hanoi("2025-02-01T06:00:00"));
    await run(
      `mutation ($id: ID!) { draftComplaintAnswer(id: $id, text: "Phường đã hướng dẫn lại thủ tục.", documentNumber: "12/UBND", documentDate: "2025-01-31") { id } }`,
      answered,
      ACTORS.leLoi,
    );
    await run(`mutation ($id: ID!) { approveComplaintAnswer(id: $id, reason: "Đồng ý") { id } }`, answered);
    await run(`mutation ($id: ID!) { sendComplaintAnswer(id: $id) { id } }`, answered);
    // February: one received and transferred, still within its limit.
    await classifyAndTransfer(await receiveAt("2025-02-27T10:00:00", "Phản ánh thứ ba về thủ tục cấp giấy phép xây dựng."));

    h.setNow(hanoi("2025-03-03T09:00:00"));
    const city = ok(await gql<Counts>(h.app, COUNTS, { m: 4 }, ACTORS.admin)).complaintCountsByMonth;
    expect(city).toEqual([
      { month: "2024-12", received: 0, handled: 0, overdue: 0 },
      { month: "2025-01", received: 2, handled: 0, overdue: 1 },
      { month: "2025-02", received: 1, handled: 1, overdue: 0 },
      { month: "2025-03", received: 0, handled: 0, overdue: 0 },
    ]);
    // The ward sees what was transferred to it; another ward nothing.
    const ward = ok(await gql<Counts>(h.app, COUNTS, { m: 3 }, ACTORS.leLoi)).complaintCountsByMonth;
    expect(ward).toEqual([
      { month: "2025-01", received: 1, handled: 0, overdue: 0 },
      { month: "2025-02", received: 1, handled: 1, overdue: 0 },
      { month: "2025-03", received: 0, handled: 0, overdue: 0 },
    ]);
    const other = ok(await gql<Counts>(h.app, COUNTS, { m: 3 }, ACTORS.minhKhai)).complaintCountsByMonth;
    expect(other.every((m) => m.received === 0 && m.handled === 0)).toBe(true);
    // Twelve months by default, ending with this one.
    const year = ok(await gql<Counts>(h.app, COUNTS, {}, ACTORS.leader)).complaintCountsByMonth;
    expect(year.map((m) => m.month)).toEqual([
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
    ]);

    // Refused: no sign-in, and a range outside 1–24 months, with a Vietnamese message.
    expect(errorCode(await gql(h.app, COUNTS, { m: 3 }, ACTORS.anonymous))).toBe("UNAUTHENTICATED");
    const tooMany = await gql(h.app, COUNTS, { m: 25 }, ACTORS.admin);
    expect(errorCode(tooMany)).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0]?.message).toBe("Số tháng phải từ 1 đến 24.");
  });
});
