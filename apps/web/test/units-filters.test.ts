import { describe, expect, it } from "vitest";
import { filtersFromParams, paramsFromFilters, unitsVariables } from "../src/pages/units-query.ts";

describe("unit list filters", () => {
  it("round-trips through the address bar", () => {
    const filters = { search: "le loi", levelCode: "WARD", asOf: "2025-07-01" };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe("q=le+loi&level=WARD&asOf=2025-07-01");
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it("drops empty filters and ignores a malformed date in the address", () => {
    expect(paramsFromFilters({ search: "  ", levelCode: "", asOf: "" }).toString()).toBe("");
    expect(filtersFromParams(new URLSearchParams("asOf=01/07/2025")).asOf).toBe("");
  });

  it("sends empty filters as null, not as empty strings", () => {
    expect(unitsVariables({ search: " le loi ", levelCode: "", asOf: "" })).toEqual({ search: "le loi", levelCode: null, asOf: null });
  });
});
