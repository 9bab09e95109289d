import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readSchema } from "../src/schema.ts";

let dir: string;

async function folder(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), "read-schema-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

afterEach(() => rm(dir, { recursive: true, force: true }));

describe("readSchema", () => {
  it("concatenates the folder's .graphql files in name order, from a path or a file URL", async () => {
    const base = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n';
    await folder({
      "20-b.graphql": "type B {\n  id: ID!\n}",
      "00-base.graphql": base,
      "10-a.graphql": "type A {\n  id: ID!\n}\n",
      "notes.md": "not SDL",
    });
    const expected = `${base}\ntype A {\n  id: ID!\n}\n\ntype B {\n  id: ID!\n}\n`;
    expect(readSchema(dir)).toBe(expected);
    expect(readSchema(pathToFileURL(`${dir}/`))).toBe(expected);
  });

  it("refuses `extend schema` outside the first file", async () => {
    await folder({ "00-base.graphql": "scalar Date\n", "10-a.graphql": 'extend schema @link(url: "x")\n' });
    expect(() => readSchema(dir)).toThrow(/belongs in the first file \(00-base.graphql\), not in 10-a.graphql/);
  });

  it("fails on a folder without SDL, and with ENOENT on a missing folder", async () => {
    await folder({ "README.md": "" });
    expect(() => readSchema(dir)).toThrow(/No .graphql files/);
    expect(() => readSchema(path.join(dir, "missing"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});
