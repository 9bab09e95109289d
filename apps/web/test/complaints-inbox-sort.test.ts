import { describe, expect, it } from "vitest";
import { filtersFromParams, inboxVariables, paramsFromFilters } from "../src/pages/complaints/complaints-query.ts";

describe("the inbox's order in the address", () => {
  it("sorts by legal deadline unless the address names another known order", () => {
    expect(filtersFromParams(new URLSearchParams("")).sort).toBe("DEADLINE_ASC");
    expect(filtersFromParams(new URLSearchParams("sort=FIELD_ASC")).sort).toBe("FIELD_ASC");
    // The address bar is anyone's input: an unknown order never reaches the query.
    expect(filtersFromParams(new URLSearchParams("sort=DROP_TABLE")).sort).toBe("DEADLINE_ASC");
  });

  it("keeps a chosen order in the address and the query, and leaves the default out of the address", () => {
    const chosen = { ...filtersFromParams(new URLSearchParams("")), sort: "RECEIVED_ASC" as const, page: 2 };
    expect(paramsFromFilters(chosen).toString()).toBe("sort=RECEIVED_ASC&page=2");
    expect(inboxVariables(chosen)).toMatchObject({ sort: "RECEIVED_ASC", offset: 50 });
    expect(paramsFromFilters({ ...chosen, sort: "DEADLINE_ASC", page: 1 }).toString()).toBe("");
  });
});
