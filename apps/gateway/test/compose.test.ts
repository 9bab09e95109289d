import { describe, expect, it } from "vitest";
import { apiSchema, compareApis, composeSupergraph } from "../src/compose.ts";
import { DIRECTORY_SDL, PLANNING_SDL } from "./support/directory-sdl.ts";

function compose(...sources: Parameters<typeof composeSupergraph>[0]): string {
  const outcome = composeSupergraph(sources);
  if (!outcome.ok) throw new Error(outcome.errors.join("\n"));
  return outcome.supergraphSdl;
}

describe("composeSupergraph", () => {
  it("composes the subgraphs with placeholder URLs that the runtime overrides", () => {
    const sdl = compose({ name: "directory", sdl: DIRECTORY_SDL }, { name: "planning", sdl: PLANNING_SDL });
    expect(sdl).toContain('url: "http://directory.invalid/graphql"');
    expect(sdl).toContain('url: "http://planning.invalid/graphql"');
    expect(apiSchema(sdl).getType("Unit")?.toString()).toBe("Unit");
  });

  it("is reproducible", () => {
    const sources = [
      { name: "directory", sdl: DIRECTORY_SDL },
      { name: "planning", sdl: PLANNING_SDL },
    ] as const;
    expect(compose(...sources)).toBe(compose(...sources));
  });

  it("reports two subgraphs defining the same non-shareable field", () => {
    const thing = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Thing { name: String! }
      type Query { thing: Thing }`;
    const outcome = composeSupergraph([
      { name: "directory", sdl: DIRECTORY_SDL },
      { name: "complaints", sdl: thing },
      { name: "inspections", sdl: thing.replace("thing: Thing", "otherThing: Thing") },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.join("\n")).toMatch(/Non-shareable field "Thing\.name" is resolved from multiple subgraphs/);
  });

  it("reports a subgraph SDL that does not parse, naming the subgraph", () => {
    const outcome = composeSupergraph([{ name: "planning", sdl: "type Query {" }]);
    expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/^\[planning\] Syntax Error/)] });
  });

  it("refuses to compose nothing", () => {
    expect(composeSupergraph([])).toEqual({ ok: false, errors: ["No subgraph SDL found"] });
  });
});

describe("compareApis", () => {
  const before = compose({ name: "directory", sdl: DIRECTORY_SDL }, { name: "planning", sdl: PLANNING_SDL });

  it("flags a removed field as breaking", () => {
    const after = compose(
      { name: "directory", sdl: DIRECTORY_SDL.replace(" unitLevels: [UnitLevel!]!", "") },
      { name: "planning", sdl: PLANNING_SDL },
    );
    const { breaking } = compareApis(before, after);
    expect(breaking).toEqual([{ type: "FIELD_REMOVED", description: "Query.unitLevels was removed." }]);
  });

  it("finds nothing breaking in an added field or in an unchanged supergraph", () => {
    const after = compose(
      { name: "directory", sdl: DIRECTORY_SDL },
      { name: "planning", sdl: PLANNING_SDL.replace("planningStatus: String!", "planningStatus: String! openTasks: Int") },
    );
    expect(compareApis(before, after).breaking).toEqual([]);
    expect(compareApis(before, before)).toEqual({ breaking: [], dangerous: [] });
  });

  it("leaves the federation machinery out of the public API", () => {
    const schema = apiSchema(before);
    expect(schema.getType("join__Graph")).toBeUndefined();
    expect(schema.getQueryType()?.getFields()._entities).toBeUndefined();
  });
});
