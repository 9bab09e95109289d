/**
 * Write the AsyncAPI document to docs/events.asyncapi.yaml, or with `--check` exit 1 when the
 * checked-in file is stale (run in CI).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { asyncApiDocument } from "./asyncapi.ts";

const target = fileURLToPath(new URL("../../../docs/events.asyncapi.yaml", import.meta.url));
const document = asyncApiDocument();

if (process.argv.includes("--check")) {
  if (!existsSync(target) || readFileSync(target, "utf8") !== document) {
    console.error(`${target} is out of date; run "npm run asyncapi -w @tthc/events".`);
    process.exit(1);
  }
} else {
  writeFileSync(target, document);
  console.log(`Wrote ${target}`);
}
