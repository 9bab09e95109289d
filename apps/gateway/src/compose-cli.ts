/**
 * `npm run compose [-- --accept-breaking]` writes supergraph.graphql from the subgraphs' SDL;
 * `npm run build` (--check) fails when the checked-in file is stale or does not compose.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { composeCommand } from "./compose-command.ts";

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => arg !== "--check" && arg !== "--accept-breaking");
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(" ")} (expected --check, --accept-breaking)`);
  process.exit(1);
}

process.exitCode = await composeCommand({
  repoRoot: path.resolve(gatewayDir, "../.."),
  supergraphFile: path.join(gatewayDir, "supergraph.graphql"),
  check: args.has("--check"),
  acceptBreaking: args.has("--accept-breaking"),
});
