import { existsSync } from "node:fs";
import { join } from "node:path";
import { ACTOR_HEADER } from "@tthc/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintsDeps } from "../../src/app.ts";
import { trigramsOf } from "../../src/domain/index.ts";
import { solveProofOfWork } from "../../src/security/proof-of-work.ts";
import { pruneExpiredChallenges } from "../../src/use-cases/receive.ts";
import { deleteUnattachedUploads } from "../../src/use-cases/uploads.ts";
import { ACTORS, signAs, SUBMISSION, complaintIdOf, errorCode, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
let now = new Date("2025-03-03T09:00:00+07:00");

beforeAll(async () => {
  h = await startHarness("abuse", {
    now,
    env: {
      COMPLAINTS_POW_CLIENT_FREE: "3",
      COMPLAINTS_POW_GLOBAL_FREE: "12",
      COMPLAINTS_POW_MAX_DIFFICULTY: "7",
      COMPLAINTS_UPLOAD_CLIENT_BYTES: "3000",
      COMPLAINTS_UPLOAD_GLOBAL_BYTES: "5000",
      COMPLAINTS_UNATTACHED_UPLOAD_HOURS: "24",
    },
  });
});
afterAll(async () => {
  await h?.close();
});

const setNow = (date: Date) => {
  now = date;
  h.setNow(date);
};
const pdf = (bytes: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(bytes - 9, 0x41)]);

async function upload(body: Buffer, clientAddress: string) {
  const res = await h.app.inject({
    method: "POST",
    url: "/files",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": "don.pdf",
      [ACTOR_HEADER]: await signAs(ACTORS.anonymous, body),
      "x-forwarded-for": clientAddress,
    },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as { id?: string; error?: { code: string; message: string } } };
}

async function challenge(clientAddress: string) {
  return ok(
    await gql<{ complaintChallenge: { nonce: string; difficulty: number } }>(
      h.app,
      `{ complaintChallenge { nonce difficulty } }`,
      {},
      ACTORS.anonymous,
      clientAddress,
    ),
  ).complaintChallenge;
}

const SUBMIT = `mutation ($i: SubmitComplaintInput!, $c: ChallengeSolution!) { submitComplaint(input: $i, challenge: $c) { trackingCode } }`;

describe("the proof of work", () => {
  it("is bound to the client it was issued to: an IPv6 client may move within its /64, nobody else may spend it", async () => {
    const issued = await challenge("2001:db8:aa:1::10");
    const solution = { nonce: issued.nonce, counter: solveProofOfWork(issued.nonce, issued.difficulty) };
    const elsewhere = await gql(h.app, SUBMIT, { i: SUBMISSION, c: solution }, ACTORS.anonymous, "198.51.100.200");
    expect(errorCode(elsewhere)).toBe("BAD_USER_INPUT");
    expect(elsewhere.errors![0]!.message).toMatch(/Mã xác thực chống gửi tự động/);
    const sameSubscriber = await gql<{ submitComplaint: { trackingCode: string } }>(
      h.app,
      SUBMIT,
      { i: SUBMISSION, c: solution },
      ACTORS.anonymous,
      "2001:db8:aa:1:9999::77",
    );
    expect(ok(sameSubscriber).submitComplaint.trackingCode).toMatch(/^PAKN-/);
  });

  it("costs more as one client takes more challenges, and more for everyone under a global flood, up to the ceiling", async () => {
    setNow(new Date(now.getTime() + 60 * 60 * 1000)); // a fresh window
    const flooder = [];
    for (let i = 0; i < 8; i++) flooder.push((await challenge("203.0.113.50")).difficulty);
    // Base 4 for the first 3, then one more bit each time the client's count doubles.
    expect(flooder).toEqual([4, 4, 4, 5, 5, 5, 6, 6]);
    // A citizen at another address is not slowed down by it…
    expect((await challenge("203.0.113.51")).difficulty).toBe(4);
    // …until everyone together passes the global allowance (12 in this window).
    const others = [];
    for (let i = 0; i < 4; i++) others.push((await challenge(`203.0.113.${60 + i}`)).difficulty);
    expect(others).toEqual([4, 4, 4, 5]);
    // The flooder's difficulty stops at the ceiling instead of refusing the form.
    for (let i = 0; i < 30; i++) await challenge("203.0.113.50");
    expect((await challenge("203.0.113.50")).difficulty).toBe(7);
  });

  it("are pruned by their job only an hour after they expired and once out of the counting window", async () => {
    const deps = complaintsDeps(h.env, h.db, { now: () => now });
    // The flood above was issued at this instant (the harness's clock stands still).
    const flood = { where: { issuedAt: { gte: now } } };
    const issued = await h.db.submissionChallenge.count(flood);
    expect(issued).toBeGreaterThan(30);
    const floodAt = now.getTime();
    // Expired (15 min) half an hour ago: kept.
    setNow(new Date(floodAt + 45 * 60 * 1000));
    await pruneExpiredChallenges(deps);
    expect(await h.db.submissionChallenge.count(flood)).toBe(issued);
    // An hour after their expiry and out of the counting window: gone.
    setNow(new Date(floodAt + 76 * 60 * 1000));
    expect(await pruneExpiredChallenges(deps)).toBeGreaterThanOrEqual(issued);
    expect(await h.db.submissionChallenge.count(flood)).toBe(0);
  });
});

describe("anonymous uploads", () => {
  it("are budgeted in bytes per client (an IPv6 /64 is one client) and for everyone, with a Vietnamese message", async () => {
    setNow(new Date(now.getTime() + 2 * 60 * 60 * 1000));
    expect((await upload(pdf(1000), "2001:db8:bb:1::1")).status).toBe(201);
    expect((await upload(pdf(1000), "2001:db8:bb:1::2")).status).toBe(201);
    const over = await upload(pdf(1500), "2001:db8:bb:1::3");
    expect(over.status).toBe(429);
    expect(over.body.error).toMatchObject({ code: "UPLOAD_QUOTA_EXCEEDED" });
    expect(over.body.error!.message).toMatch(/Đã vượt quá dung lượng tải lên/);
    // Another client has its own budget, until everyone's together (5000 bytes) is used up.
    expect((await upload(pdf(2500), "198.51.100.90")).status).toBe(201);
    expect((await upload(pdf(1000), "198.51.100.91")).status).toBe(429);
    // Staff scans are not counted against the public budget.
    const staff = await h.app.inject({
      method: "POST",
      url: "/files",
      headers: { "content-type": "application/octet-stream", [ACTOR_HEADER]: await signAs(ACTORS.admin, pdf(1000)) },
      payload: pdf(1000),
    });
    expect(staff.statusCode).toBe(201);
    // A new window, a new budget.
    setNow(new Date(now.getTime() + 2 * 60 * 60 * 1000));
    expect((await upload(pdf(1000), "198.51.100.91")).status).toBe(201);
  });

  it("can be attached only by the client that uploaded them", async () => {
    const file = await upload(pdf(500), "198.51.100.95");
    const other = await submit(h.app, { ...SUBMISSION, attachmentIds: [file.body.id] }, "198.51.100.96");
    expect(other.errors![0]!.message).toMatch(/Tệp đính kèm không tồn tại hoặc đã được sử dụng/);
    expect(ok(await submit(h.app, { ...SUBMISSION, attachmentIds: [file.body.id] }, "198.51.100.95")).submitComplaint).toBeTruthy();
  });

  it("are deleted, row and bytes, once too old to be attached unless a PAKN uses them", async () => {
    setNow(new Date(now.getTime() + 2 * 60 * 60 * 1000));
    const kept = await upload(pdf(500), "198.51.100.97");
    const abandoned = await upload(pdf(500), "198.51.100.97");
    ok(await submit(h.app, { ...SUBMISSION, attachmentIds: [kept.body.id] }, "198.51.100.97"));
    const bytes = (id: string | undefined) => id !== undefined && existsSync(join(h.env.COMPLAINTS_FILES_DIR, id.slice(0, 2), id));
    const rows = async () =>
      (
        await h.db.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id::text FROM stored_file WHERE id = ANY($1::uuid[])`, [
          kept.body.id,
          abandoned.body.id,
        ])
      ).map((r) => r.id);
    const deps = complaintsDeps(h.env, h.db, { now: () => now });
    // Within the age limit (24 h, plus an hour's margin) nothing goes.
    setNow(new Date(now.getTime() + 24 * 60 * 60 * 1000));
    await deleteUnattachedUploads(deps);
    expect(await rows()).toHaveLength(2);
    setNow(new Date(now.getTime() + 2 * 60 * 60 * 1000));
    expect(await deleteUnattachedUploads(deps)).toBeGreaterThanOrEqual(1);
    expect(await rows()).toEqual([kept.body.id]);
    expect(bytes(kept.body.id)).toBe(true);
    expect(bytes(abandoned.body.id)).toBe(false);
  });
});

describe("duplicate suggestions", () => {
  it("compare the trigrams stored once at intake", async () => {
    const { trackingCode } = ok(await submit(h.app, SUBMISSION, "198.51.100.98")).submitComplaint;
    const row = await h.db.complaint.findUniqueOrThrow({ where: { id: await complaintIdOf(h.db, trackingCode) } });
    expect(row.trigrams).toEqual(trigramsOf(`${SUBMISSION.regulation} ${SUBMISSION.content}`));
  });
});
