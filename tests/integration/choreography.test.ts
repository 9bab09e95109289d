/** directory → all: a renamed unit shows its new name in every service's local replica (docs/architecture.md §6). */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { waitFor } from "@tthc/test-kit";
import { bearer, gql, login, stack } from "./stack.ts";

const REPLICA_SERVICES = ["planning", "complaints", "inspections", "reporting"];

async function replicaName(service: string, unitId: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: stack.databaseUrls[service] });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT name FROM unit_replica WHERE id = $1", [unitId]);
    return rows[0]?.name;
  } finally {
    await client.end();
  }
}

describe("unit choreography", () => {
  it("every service holds a replica of the seeded units and follows a rename", async () => {
    const { accessToken } = await login("admin", "Admin@2024");
    const units = await gql<{ units: Array<{ id: string; name: string }> }>(
      `{ units(search: "Hồng Châu") { id name } }`,
      {},
      bearer(accessToken),
    );
    const unit = units.data!.units[0]!;
    for (const s of REPLICA_SERVICES) await waitFor(async () => (await replicaName(s, unit.id)) === unit.name, 30_000);

    const newName = `${unit.name} (đổi tên ${randomUUID().slice(0, 8)})`;
    const renamed = await gql<{ updateUnit: { name: string } }>(
      `mutation($id: ID!, $name: String!) { updateUnit(id: $id, input: { name: $name }) { name } }`,
      { id: unit.id, name: newName },
      bearer(accessToken),
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateUnit.name).toBe(newName);

    for (const s of REPLICA_SERVICES) {
      await waitFor(async () => (await replicaName(s, unit.id)) === newName, 30_000);
      expect(await replicaName(s, unit.id)).toBe(newName);
    }
    // Put the demo name back so the other suites see the seeded data.
    await gql(
      `mutation($id: ID!, $name: String!) { updateUnit(id: $id, input: { name: $name }) { name } }`,
      { id: unit.id, name: unit.name },
      bearer(accessToken),
    );
  });
});
