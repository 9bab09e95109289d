/**
 * Generate or check a service's migrations, offline.
 *
 *   tsx packages/db/src/migration-cli.ts new <name>   (run in a service folder)  → prisma/migrations/<stamp>_<name>/migration.sql
 *   tsx packages/db/src/migration-cli.ts check                                   → exit 1 if schema.prisma has changes without a migration
 *
 * Why a snapshot: with a driver adapter configured, `prisma migrate diff` here can only compare two
 * datamodels (no --from-url, --from-migrations or shadow database), so the datamodel as of the last
 * migration is kept next to the migrations and diffed against the current schema.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const schema = "prisma/schema.prisma";
const migrationsDir = "prisma/migrations";
const snapshot = join(migrationsDir, "schema.snapshot.prisma");

function diffScript(): string {
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const out = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return out;
}

function isEmpty(script: string): boolean {
  return script.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

const [command, name] = process.argv.slice(2);
if (command === "check") {
  if (!isEmpty(diffScript())) {
    console.error(`${process.cwd()}: ${schema} has changes that no migration covers; run "npm run db:migration -- <name>".`);
    process.exit(1);
  }
} else if (command === "new" && name && /^[a-z0-9_]+$/.test(name)) {
  const script = diffScript();
  if (isEmpty(script)) {
    console.log("No schema changes; no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), script);
    copyFileSync(schema, snapshot);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} else {
  console.error("usage: migration-cli.ts new <snake_case_name> | check");
  process.exit(2);
}
