import { waitFor } from "@tthc/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, relayUnitEvents, startHarness, unitId, userActor, type Harness } from "./harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness("relay");
});
afterAll(async () => {
  await h?.close();
});

describe("publishing unit events", () => {
  it("the relay publishes the seed's created events and a rename to directory.unit.v1", async () => {
    const { received, stop } = await relayUnitEvents<{ type: string; data: { unit: { code: string; name: string } } }>(h, "relay");
    try {
      const id = await unitId(h.db, "hy.tp.p.hien-nam");
      await gql(
        h.app,
        `mutation ($id: ID!) { updateUnit(id: $id, input: { shortName: "P. Hiến Nam" }) { id } }`,
        { id },
        await userActor(h.db, "admin"),
      );
      await waitFor(() => received.some((e) => e.type === "directory.unit.updated"), 30_000);
      expect(received.filter((e) => e.type === "directory.unit.created").map((e) => e.data.unit.code)).toContain("hy.tp.p.le-loi");
      expect(received.find((e) => e.type === "directory.unit.updated")!.data.unit.code).toBe("hy.tp.p.hien-nam");
      const pending = await h.db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);
      expect(Number(pending[0]!.n)).toBe(0);
    } finally {
      await stop();
    }
  });
});
