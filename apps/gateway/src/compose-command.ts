import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareApis, composeSupergraph, readSubgraphSources } from "./compose.ts";

export interface ComposeCommandOptions {
  repoRoot: string;
  supergraphFile: string;
  /** Only verify that supergraphFile is current (the build); never write. */
  check: boolean;
  acceptBreaking: boolean;
  out?: Pick<Console, "log" | "warn" | "error">;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * Compose the subgraphs' SDL into the supergraph; report how the public API changes against the
 * checked-in file. Returns the process exit code.
 */
export async function composeCommand({
  repoRoot,
  supergraphFile,
  check,
  acceptBreaking,
  out = console,
}: ComposeCommandOptions): Promise<number> {
  const { sources, missing } = await readSubgraphSources(repoRoot);
  if (missing.length > 0) out.warn(`No SDL yet for: ${missing.join(", ")} (composed without them).`);
  const outcome = composeSupergraph(sources);
  if (!outcome.ok) {
    out.error(`Supergraph composition failed:\n${outcome.errors.map((e) => `  - ${e}`).join("\n")}`);
    return 1;
  }
  const names = sources.map((s) => s.name).join(", ");
  const relativeFile = path.relative(repoRoot, supergraphFile);

  const checkedIn = await readIfExists(supergraphFile);
  let breakingRefused = false;
  if (checkedIn !== undefined && checkedIn !== outcome.supergraphSdl) {
    const { breaking, dangerous } = compareApis(checkedIn, outcome.supergraphSdl);
    for (const change of dangerous) out.log(`dangerous: ${change.type}: ${change.description}`);
    for (const change of breaking) out.error(`BREAKING: ${change.type}: ${change.description}`);
    if (breaking.length > 0 && acceptBreaking) out.warn(`${breaking.length} breaking change(s) accepted (--accept-breaking).`);
    if (breaking.length > 0 && !acceptBreaking) {
      out.error(`${breaking.length} breaking change(s) in the public API; pass --accept-breaking if intended.`);
      breakingRefused = true;
    }
  }

  if (check) {
    if (checkedIn !== outcome.supergraphSdl) {
      out.error(`${relativeFile} is out of date: run \`npm run compose -w @tthc/gateway\` and commit it.`);
      return 1;
    }
    out.log(`Supergraph up to date (${names}).`);
    return 0;
  }
  if (breakingRefused) return 1;
  await writeFile(supergraphFile, outcome.supergraphSdl);
  out.log(`Wrote ${relativeFile} (${names}).`);
  return 0;
}
