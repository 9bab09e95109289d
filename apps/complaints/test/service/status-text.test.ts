import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, complaintIdOf, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness("status-text", { now: new Date("2025-01-24T10:00:00+07:00") });
});
afterAll(async () => {
  await h?.close();
});

describe("the status's name", () => {
  it("is served in both languages to the sender and to staff, beside the deprecated Vietnamese label", async () => {
    const { trackingCode, secret } = ok(await submit(h.app)).submitComplaint;
    const LOOKUP = `query ($c: String!, $s: String!) { lookupComplaint(trackingCode: $c, secret: $s) { status statusLabel statusText { vi en } } }`;
    expect(ok(await gql<{ lookupComplaint: unknown }>(h.app, LOOKUP, { c: trackingCode, s: secret })).lookupComplaint).toEqual({
      status: "RECEIVED",
      statusLabel: "Đã tiếp nhận",
      statusText: { vi: "Đã tiếp nhận", en: "Received" },
    });
    const id = await complaintIdOf(h.db, trackingCode);
    const DETAIL = `query ($id: ID!) { complaint(id: $id) { statusLabel statusText { vi en } } }`;
    expect(ok(await gql<{ complaint: unknown }>(h.app, DETAIL, { id }, ACTORS.admin)).complaint).toEqual({
      statusLabel: "Đã tiếp nhận",
      statusText: { vi: "Đã tiếp nhận", en: "Received" },
    });
  });
});
