/**
 * Create a real deployment's first administrator and print their one-time password (shown once,
 * stored only as a hash); they must change it at their first sign-in.
 *
 *   npm run -w @tthc/directory create-admin -- <username> ["<full name>"]     (DATABASE_URL set)
 */
import { createDb, prepareDatabase } from "./db/client.ts";
import { RuleViolation } from "./domain/errors.ts";
import { loadAdminEnv } from "./env.ts";
import { createFirstAdmin } from "./use-cases/first-admin.ts";

async function main(): Promise<void> {
  const [username, fullName] = process.argv.slice(2);
  if (!username) {
    console.error('usage: npm run -w @tthc/directory create-admin -- <username> ["<full name>"]');
    process.exit(2);
  }
  const env = loadAdminEnv();
  await prepareDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const { password } = await createFirstAdmin(db, username, fullName ?? username);
    console.log(`Administrator ${username.trim().toLowerCase()} created (CITY_ADMIN).`);
    console.log(`One-time password: ${password}`);
    console.log("It is shown only now; the administrator must change it at the first sign-in.");
  } catch (err) {
    if (!(err instanceof RuleViolation)) throw err;
    console.error(`[directory create-admin] ${err.message}`);
    process.exit(1);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error("[directory create-admin] failed:", err);
    process.exit(1);
  });
}
