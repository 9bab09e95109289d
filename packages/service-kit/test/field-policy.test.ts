import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, parse } from "graphql";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actor.ts";
import { applyFieldPolicies, readers, typePolicy } from "../src/field-policy.ts";
import { grantedScopes, hasScope, requireScope } from "../src/scopes.ts";
import { requireReader } from "../src/authorization.ts";

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Letter @key(fields: "id") { id: ID! status: String! text: String! note: String tags: [String!]! }
  type Query { letter: Letter }
`);

interface Row {
  id: string;
  status: string;
  text: string;
  note: string | null;
  tags: string[];
  secret: boolean;
}
const ROW: Row = { id: "1", status: "sent", text: "Dear Mr An, call 0912", note: "internal", tags: ["a"], secret: true };

function schema(fields: Partial<Record<keyof Row, unknown>> | null = null) {
  const built = buildSubgraphSchema({
    typeDefs,
    resolvers: { Query: { letter: () => ROW }, Letter: { __resolveReference: () => ROW } } as never,
  });
  const STAFF = readers.anyUser;
  const PARTNER = readers.partner("complaints:read");
  applyFieldPolicies<{ actor: Actor }>(built, {
    Letter: typePolicy<Row, { actor: Actor }>({
      reference: [{ reader: STAFF }, { reader: PARTNER }],
      fields: (fields as never) ?? {
        id: [{ reader: STAFF }, { reader: PARTNER }],
        status: [{ reader: STAFF }, { reader: PARTNER }],
        text: [{ reader: readers.roles("CITY_ADMIN") }, { reader: STAFF, mask: (v) => String(v).replace(/\d/g, "#") }],
        note: [{ reader: STAFF, when: (row) => !row.secret }],
        tags: [{ reader: STAFF }],
      },
    }),
  });
  return built;
}

const admin: Actor = { kind: "user", userId: "a", username: "a", unitId: null, roles: ["CITY_ADMIN"], sessionId: "s" };
const officer: Actor = { kind: "user", userId: "o", username: "o", unitId: "w", roles: ["UNIT_OFFICER"], sessionId: "s" };
const partner = (scopes: string[]): Actor => ({ kind: "partner", partnerId: "p", name: "p", scopes });

async function run(actor: Actor, source = "{ letter { id status text note tags } }") {
  return graphql({ schema: schema(), source, contextValue: { actor } });
}

describe("field policies", () => {
  it("gives each reader the first grant that matches: raw, masked, or nothing", async () => {
    expect((await run(admin)).data).toEqual({
      letter: { id: "1", status: "sent", text: "Dear Mr An, call 0912", note: null, tags: ["a"] },
    });
    expect((await run(officer)).data).toEqual({
      letter: { id: "1", status: "sent", text: "Dear Mr An, call ####", note: null, tags: ["a"] },
    });
    // Denied: null for a nullable field, [] for a list, FORBIDDEN for any other non-null field.
    const seen = await run(partner(["complaints:read"]), "{ letter { id status note tags } }");
    expect(seen.data).toEqual({ letter: { id: "1", status: "sent", note: null, tags: [] } });
    const text = await run(partner(["complaints:read"]), "{ letter { text } }");
    expect(text.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("checks the same rules on the entity path, and who may resolve a reference at all", async () => {
    const ENTITIES = `{ _entities(representations: [{ __typename: "Letter", id: "1" }]) { ... on Letter { id note tags } } }`;
    expect((await run(partner(["complaints:read"]), ENTITIES)).data).toEqual({ _entities: [{ id: "1", note: null, tags: [] }] });
    expect((await run(partner(["reports:read"]), ENTITIES)).data).toEqual({ _entities: [null] });
    expect((await run({ kind: "anonymous" }, ENTITIES)).data).toEqual({ _entities: [null] });
  });

  it("refuses a policy that leaves a field without a rule or names an unknown one", () => {
    const id = [{ reader: readers.anyUser }];
    expect(() => schema({ id, status: id, text: id, note: id })).toThrow(/no rule for tags/);
    expect(() => schema({ id, status: id, text: id, note: id, tags: id, secret: id })).toThrow(/unknown fields secret/);
  });
});

describe("partner scopes", () => {
  it("names scopes per service; the legacy read scope keeps meaning units and PAKN", () => {
    expect([...grantedScopes(["read", "bogus"])]).toEqual(["directory:read", "complaints:read"]);
    expect(hasScope(partner(["read"]), "complaints:read")).toBe(true);
    expect(hasScope(partner(["read"]), "reports:read")).toBe(false);
    expect(hasScope(admin, "complaints:read")).toBe(false);
    expect(() => requireScope(partner(["complaints:read"]), "reports:read")).toThrow();
    expect(() => requireReader(partner(["directory:read"]))).not.toThrow();
    expect(() => requireReader(partner(["complaints:read"]))).toThrow();
  });
});
