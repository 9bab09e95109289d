/**
 * The layout's boundaries are lint rules (eslint.config.js); this checks the rules themselves: a
 * domain file that imports a database client, reaches into another layer or takes a value from the
 * service kit is refused, and the imports the layout allows pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../stack/processes.ts";

// A real domain file, so the type-aware parser finds its project; the import under test is prepended.
const DOMAIN_FILE = join(ROOT, "apps/complaints/src/domain/deadlines.ts");
const source = readFileSync(DOMAIN_FILE, "utf8");
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\n${source}`, { filePath: DOMAIN_FILE });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("domain/ import boundary", () => {
  // The first lint builds the TypeScript program of the type-aware rules: tens of seconds when cold.
  beforeAll(() => eslint.lintText(source, { filePath: DOMAIN_FILE }), 180_000);

  it.each([
    ['import { PrismaClient } from "@prisma/client";', "a database client"],
    ['import { enqueue } from "@tthc/messaging";', "the outbox"],
    ['import { Document } from "docx";', "a document library"],
    ['import { clock } from "@tthc/clock";', "the clock"],
    ['import { createDb } from "../db/client.ts";', "another layer of the service"],
    ['import { requireRole } from "@tthc/service-kit";', "a value from the service kit"],
  ])("refuses %s (%s)", async (line) => {
    expect(await boundaryErrors(line)).toHaveLength(1);
  });

  it.each([
    'import { toLocalDate } from "@tthc/calendar";',
    'import { z } from "zod";',
    'import { foldVietnamese } from "@tthc/text";',
    'import type { Role } from "@tthc/service-kit";',
    'import { addWorkingDays } from "./deadlines-helpers.ts";',
  ])("allows %s", async (line) => {
    expect(await boundaryErrors(line)).toEqual([]);
  });
});
