import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The pattern of the file that opens a subgraph's SDL: `extend schema @link(...)`. */
const SCHEMA_EXTENSION = /^\s*extend\s+schema\b/m;

/**
 * A subgraph's SDL, kept as a folder of `.graphql` files by area (`src/graphql/schema/`): the files
 * concatenated in name order. The file with `extend schema @link(...)` comes first (by convention
 * `00-base.graphql`, with the scalars); the others add their types and `extend type Query` /
 * `extend type Mutation` fields. The one way to read a service's schema: the service itself
 * (app.ts), the gateway's composition and codegen all call this, so they see the same SDL.
 */
export function readSchema(dir: URL | string): string {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".graphql"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new Error(`No .graphql files in ${folder}`);
  const files = names.map((name) => ({ name, sdl: readFileSync(path.join(folder, name), "utf8") }));
  const misplaced = files.slice(1).filter((file) => SCHEMA_EXTENSION.test(file.sdl));
  if (misplaced.length > 0) {
    throw new Error(
      `${folder}: \`extend schema\` belongs in the first file (${names[0]}), not in ${misplaced.map((f) => f.name).join(", ")}`,
    );
  }
  return files.map((file) => (file.sdl.endsWith("\n") ? file.sdl : `${file.sdl}\n`)).join("\n");
}
