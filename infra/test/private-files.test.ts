import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writePrivateFile } from "../stack/config.ts";

describe("files holding the stack's secrets (stack.json, secrets.json)", () => {
  it("are readable by their owner only, also when an older run left them world-readable", () => {
    const dir = mkdtempSync(join(tmpdir(), "private-"));
    const fresh = join(dir, "stack.json");
    writePrivateFile(fresh, "{}");
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    const old = join(dir, "secrets.json");
    writeFileSync(old, "{}", { mode: 0o644 });
    writePrivateFile(old, '{"jwt":"…"}');
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });
});
