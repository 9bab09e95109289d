import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { asyncApiDocument, eventDefinitions } from "../src/index.ts";

type Doc = {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: Array<{ $ref: string }> }>;
  components: { messages: Record<string, { name: string; payload: { properties: Record<string, unknown> } }> };
};

function resolve(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe("AsyncAPI document", () => {
  const text = asyncApiDocument();
  const doc = parse(text) as Doc;

  it("is AsyncAPI 3.0 YAML", () => {
    expect(doc.asyncapi).toBe("3.0.0");
  });

  it("documents every event type on its topic's channel", () => {
    const byName = new Map(Object.values(doc.components.messages).map((m) => [m.name, m]));
    for (const definition of eventDefinitions()) {
      const message = byName.get(definition.type);
      expect(message, definition.type).toBeDefined();
      expect(Object.keys(message!.payload.properties)).toEqual(expect.arrayContaining(["id", "type", "subject", "data"]));
      const channel = Object.values(doc.channels).find((c) => c.address === definition.topic);
      expect(channel, definition.topic).toBeDefined();
      const names = Object.values(channel!.messages).map((m) => (resolve(doc, m.$ref) as { name: string }).name);
      expect(names).toContain(definition.type);
    }
  });

  it("has no dangling references", () => {
    const refs = [...text.matchAll(/\$ref: "?([^"\n]+)"?/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolve(doc, ref), ref).toBeDefined();
  });

  it("is checked in up to date", () => {
    const cli = fileURLToPath(new URL("../src/asyncapi-cli.ts", import.meta.url));
    expect(() => execFileSync(process.execPath, ["--import", "tsx", cli, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
