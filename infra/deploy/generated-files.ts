/**
 * The one "write or --check" step of the deploy generators (k8s-cli.ts, dockerfiles.ts): files rendered
 * from the registry are written, or, with `--check` (the test command), compared with the committed ones
 * so a registry change without regenerating fails CI.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface GeneratedFiles {
  /** Repository root; the files' paths are relative to it. */
  root: string;
  files: Map<string, string>;
  /** Committed files that should no longer exist (the generator stopped rendering them). */
  orphans?: string[];
  /** What to run to regenerate, named in the --check failure. */
  command: string;
  label: string;
}

export function writeOrCheck({ root, files, orphans = [], command, label }: GeneratedFiles, check: boolean): void {
  const stale = [
    ...[...files]
      .filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== text)
      .map(([p]) => p),
    ...orphans,
  ];
  if (check) {
    if (stale.length > 0) {
      console.error(`${label} is stale (${stale.join(", ")}): run ${command}`);
      process.exit(1);
    }
    console.log(`${label}: ${files.size} files, current`);
    return;
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`${label}: ${files.size} files${stale.length > 0 ? `, updated ${stale.join(", ")}` : ", unchanged"}`);
}
