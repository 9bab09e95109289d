/** Every service answers through the gateway, and only to signed-in staff. */
import { describe, expect, it } from "vitest";
import { bearer, gql, login } from "./stack.ts";

const SERVICES = ["planning", "complaints", "inspections", "reporting"];

describe.each(SERVICES)("%s subgraph", (service) => {
  it("reports its unit replica to a signed-in user", async () => {
    const { accessToken } = await login("lanhdao", "Lanhdao@2024");
    const r = await gql<Record<string, { service: string; replicatedUnits: number }>>(
      `{ ${service}Status { service replicatedUnits } }`,
      {},
      bearer(accessToken),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data![`${service}Status`]!.service).toBe(service);
    expect(r.data![`${service}Status`]!.replicatedUnits).toBeGreaterThanOrEqual(30);
  });

  it("refuses an anonymous caller", async () => {
    const r = await gql(`{ ${service}Status { service } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
