import { createEvent } from "@tthc/events";
import { applyUnitEvent } from "@tthc/unit-replica";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, complaintIdOf, gql, ok, startHarness, submit, type Harness } from "../harness.ts";

let h: Harness;
const hanoi = (iso: string) => new Date(`${iso}+07:00`);

// A ward closed by the 1 July 2025 reorganisation, and the ward that took over from that day.
const CLOSED = { id: "unit-closed-ward", code: "hy.tp.p.cu", name: "UBND phường Cũ", validFrom: "2024-01-01", validTo: "2025-06-30" };
const CREATED = { id: "unit-new-ward", code: "hy.p.moi", name: "UBND phường Mới", validFrom: "2025-07-01", validTo: null };

const CLASSIFY = `mutation ($id: ID!, $i: ClassifyInput!) { classifyComplaint(id: $id, input: $i) { status } }`;
const TRANSFER = `mutation ($id: ID!, $u: [AssignmentInput!]!) { transferComplaint(id: $id, units: $u) { status units { unitId } } }`;
const STATUS = `query ($id: ID!) { complaint(id: $id) { status classification { concernedUnitId } units { unitId } } }`;
const classification = (concernedUnitId: string) => ({
  kind: "FEEDBACK",
  category: "official-conduct",
  field: "Hộ tịch",
  regulation: "Thủ tục đăng ký khai sinh",
  concernedUnitId,
});

beforeAll(async () => {
  // Received on Friday 20/06/2025, before the merge; handled on Wednesday 02/07/2025, after it.
  h = await startHarness("units_as_of", { now: hanoi("2025-06-20T09:00:00") });
  await h.db.$transaction(async (tx) => {
    for (const unit of [CLOSED, CREATED]) {
      const data = { unit: { ...unit, shortName: null, levelCode: "commune", parentId: null } };
      await applyUnitEvent(createEvent("directory.unit.created", { source: "directory", subject: unit.id, data }), tx);
    }
  });
});
afterAll(async () => {
  await h?.close();
});

describe("units named on the day they matter", () => {
  let id: string;

  it("is received before the reorganisation", async () => {
    const receipt = ok(await submit(h.app)).submitComplaint;
    expect(receipt.receivedDay).toBe("2025-06-20");
    id = await complaintIdOf(h.db, receipt.trackingCode);
    h.setNow(hanoi("2025-07-02T09:00:00"));
  });

  it("names as concerned a unit that existed when the PAKN was received, not one created after", async () => {
    const refused = await gql(h.app, CLASSIFY, { id, i: classification(CREATED.id) }, ACTORS.admin);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Đơn vị bị phản ánh không tồn tại vào ngày 20/06/2025 (khi đó đơn vị chưa được thành lập hoặc đã giải thể, sáp nhập).",
      extensions: { code: "BAD_USER_INPUT", field: "concernedUnitId" },
    });
    expect(ok(await gql(h.app, STATUS, { id }, ACTORS.admin)).complaint).toMatchObject({ status: "RECEIVED", classification: null });
    // The ward closed since still existed on 20/06/2025: the PAKN is about it as it was.
    expect(ok(await gql(h.app, CLASSIFY, { id, i: classification(CLOSED.id) }, ACTORS.admin))).toEqual({
      classifyComplaint: { status: "CLASSIFIED" },
    });
  });

  it("transfers to units that exist on the day of the transfer: refuses the closed ward, takes its successor", async () => {
    const refused = await gql(h.app, TRANSFER, { id, u: [{ unitId: CLOSED.id, lead: true }] }, ACTORS.admin);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Đơn vị xử lý không tồn tại vào ngày 02/07/2025 (khi đó đơn vị chưa được thành lập hoặc đã giải thể, sáp nhập).",
      extensions: { code: "BAD_USER_INPUT", field: "units.0" },
    });
    expect(ok(await gql(h.app, STATUS, { id }, ACTORS.admin)).complaint).toMatchObject({ status: "CLASSIFIED", units: [] });
    const transferred = ok(await gql(h.app, TRANSFER, { id, u: [{ unitId: CREATED.id, lead: true }] }, ACTORS.admin));
    expect(transferred).toEqual({ transferComplaint: { status: "TRANSFERRED", units: [{ unitId: CREATED.id }] } });
  });
});
