/** Partner systems read through the gateway with an API key issued by the city office. */
import { describe, expect, it } from "vitest";
import { bearer, gql, login } from "./stack.ts";

describe("partner API keys", () => {
  it("a key created by the admin reads units", async () => {
    const { accessToken } = await login("admin", "Admin@2024");
    const created = await gql<{ createApiKey: string }>(
      `mutation { createApiKey(name: "Hệ thống một cửa tỉnh") }`,
      {},
      bearer(accessToken),
    );
    const key = created.data!.createApiKey;
    const read = await gql<{ units: Array<{ name: string }> }>(`{ units { name } }`, {}, { "x-api-key": key });
    expect(read.status).toBe(200);
    // Today's units: the province's, the merged wards among them.
    expect(read.data!.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(["UBND tỉnh Hưng Yên", "UBND phường Phố Hiến", "Sở Tư pháp"]),
    );
  });

  it("anonymous callers cannot list units", async () => {
    const r = await gql(`{ units { name } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
