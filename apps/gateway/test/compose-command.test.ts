import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeCommand } from "../src/compose-command.ts";
import { DIRECTORY_SDL, PLANNING_SDL } from "./support/directory-sdl.ts";

let repoRoot: string;
let supergraphFile: string;
let output: string[];

const out = {
  log: (line: string) => output.push(line),
  warn: (line: string) => output.push(line),
  error: (line: string) => output.push(line),
};

async function writeSdl(service: string, sdl: string): Promise<void> {
  const dir = path.join(repoRoot, "apps", service, "src", "graphql", "schema");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "00-base.graphql"), sdl);
}

function run(flags: { check?: boolean; acceptBreaking?: boolean } = {}): Promise<number> {
  output = [];
  return composeCommand({ repoRoot, supergraphFile, check: flags.check ?? false, acceptBreaking: flags.acceptBreaking ?? false, out });
}

beforeAll(async () => {
  repoRoot = await mkdtemp(path.join(tmpdir(), "gateway-compose-"));
  supergraphFile = path.join(repoRoot, "apps", "gateway", "supergraph.graphql");
  await mkdir(path.dirname(supergraphFile), { recursive: true });
});

afterAll(() => rm(repoRoot, { recursive: true, force: true }));

describe("composeCommand (npm run compose / npm run build)", () => {
  it("writes the supergraph from the services that have SDL, then the check passes", async () => {
    await writeSdl("directory", DIRECTORY_SDL);
    await writeSdl("planning", PLANNING_SDL);
    expect(await run()).toBe(0);
    expect(output.join("\n")).toMatch(/No SDL yet for: complaints, inspections, reporting/);
    expect(await readFile(supergraphFile, "utf8")).toMatch(/join__Graph/);
    expect(await run({ check: true })).toBe(0);
  });

  it("fails the check on a stale supergraph and reports the breaking change", async () => {
    await writeSdl("directory", DIRECTORY_SDL.replace(" unitLevels: [UnitLevel!]!", ""));
    expect(await run({ check: true })).toBe(1);
    expect(output).toContain("BREAKING: FIELD_REMOVED: Query.unitLevels was removed.");
    expect(output.join("\n")).toMatch(/out of date/);
  });

  it("refuses to write a breaking supergraph unless accepted", async () => {
    const before = await readFile(supergraphFile, "utf8");
    expect(await run()).toBe(1);
    expect(await readFile(supergraphFile, "utf8")).toBe(before);
    expect(await run({ acceptBreaking: true })).toBe(0);
    expect(await readFile(supergraphFile, "utf8")).not.toMatch(/unitLevels/);
    expect(await run({ check: true })).toBe(0);
  });

  it("fails with the composition errors", async () => {
    await writeSdl(
      "reporting",
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type UnitLevel { code: String! }`,
    );
    expect(await run({ check: true })).toBe(1);
    expect(output.join("\n")).toMatch(/Supergraph composition failed:[\s\S]*UnitLevel\.code/);
  });
});
