import pg from "pg";

/** The database name of a PostgreSQL URL. */
export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`No database name in ${redactUrl(databaseUrl)}`);
  return name;
}

/** The same server and credentials, another database (the maintenance database "postgres" by default). */
export function withDatabase(databaseUrl: string, name = "postgres"): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export function redactUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.toString();
}

/** Create the database of `databaseUrl` unless it exists (idempotent). */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl) });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } catch (err) {
    // Two processes may race to create it; losing the race is fine.
    if ((err as { code?: string }).code === "42P04") return false;
    throw err;
  } finally {
    await admin.end();
  }
}

/**
 * Drop every database whose name starts with `prefix` on the server of `serverUrl` (connections are
 * closed by force). The test command uses it to start each run from nothing; the prefix must be
 * specific (it is matched literally, never as a pattern), so a demo's databases are left alone.
 */
export async function dropDatabasesByPrefix(serverUrl: string, prefix: string): Promise<string[]> {
  if (prefix.length < 3) throw new Error(`Refusing to drop databases by the short prefix "${prefix}"`);
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl) });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1 ORDER BY datname",
      [prefix],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname.replaceAll('"', '""')}" WITH (FORCE)`);
    return rows.map((r) => r.datname);
  } finally {
    await admin.end();
  }
}

/** Drop and recreate a database — for test suites that need a clean slate. */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}
