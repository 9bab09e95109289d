/**
 * Complaints → reporting through the running stack: a PAKN submitted on the public form reaches the
 * reporting projection through Kafka (its `received` event) and shows up in complaintStatistics.
 */
import { waitFor } from "@tthc/test-kit";
import { beforeAll, describe, expect, it } from "vitest";
import { submitAnonymously } from "./complaint-submission.ts";
import { bearer, gql, login, now } from "./stack.ts";

interface Statistics {
  received: number;
  byChannel: Array<{ channel: string; count: number }>;
  inProgressWithinDeadline: number;
}

const STATS = `query ($from: Date!, $to: Date!) { complaintStatistics(from: $from, to: $to) { received byChannel { channel count } inProgressWithinDeadline } }`;

const vietnamDay = (date: Date) => date.toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });
// Received today, or on the next working day after a day off or the office-hours cut-off.
const period = { from: vietnamDay(now()), to: vietnamDay(new Date(now().getTime() + 30 * 86_400_000)) };

let admin: Record<string, string>;
let phoHien: Record<string, string>;

beforeAll(async () => {
  admin = bearer((await login("admin", "Admin@2024")).accessToken);
  phoHien = bearer((await login("phuong.leloi", "Leloi@2024")).accessToken);
});

async function statistics(): Promise<Statistics> {
  const res = await gql<{ complaintStatistics: Statistics }>(STATS, period, admin);
  if (!res.data) throw new Error(`complaintStatistics failed: ${JSON.stringify(res.errors)}`);
  return res.data.complaintStatistics;
}

const webCount = (s: Statistics) => s.byChannel.find((c) => c.channel === "web")?.count ?? 0;

describe("PAKN statistics in reporting", () => {
  it("counts a PAKN submitted on the public form once its received event reaches reporting", async () => {
    const before = await statistics();
    await submitAnonymously("Đề nghị niêm yết công khai lệ phí chứng thực tại bộ phận một cửa phường (kiểm thử thống kê).");
    const after = await waitFor(async () => {
      const s = await statistics();
      return s.received > before.received && s;
    }, 30_000);
    expect(after.received).toBe(before.received + 1);
    expect(webCount(after)).toBe(webCount(before) + 1);
    expect(after.inProgressWithinDeadline).toBe(before.inProgressWithinDeadline + 1);
  });

  it("is for the city office, leaders and inspectors only", async () => {
    const res = await gql(STATS, period, phoHien);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(STATS, period)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
