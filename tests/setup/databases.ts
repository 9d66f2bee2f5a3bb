// Throw-away databases for integration tests: one migrated template per run and provider, then
// a cheap copy per test file (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL),
// so test files never see each other's rows and can run in parallel.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import pg from "pg";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** Where the test run may create and drop PostgreSQL databases. */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type PostgresProbe = { ok: true } | { ok: false; error: string };

/** Tries to connect to the admin database once, within a couple of seconds. */
export async function probePostgres(adminUrl = POSTGRES_ADMIN_URL): Promise<PostgresProbe> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `prisma migrate deploy` against the given database, as a user's first start would run it. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  try {
    await run(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `prisma migrate deploy failed for ${redact(databaseUrl)}:\n${stdout ?? ""}${stderr ?? ""}`,
    );
  }
}

export function postgresUrlFor(database: string, adminUrl = POSTGRES_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  work: (client: pg.Client) => Promise<T>,
  adminUrl = POSTGRES_ADMIN_URL,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing an unusual database name: ${name}`);
  return `"${name}"`;
}

export async function createPostgresDatabase(name: string, template?: string): Promise<void> {
  await withAdminClient(async (client) => {
    const sql = `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`;
    // Two copies of one template at the same moment can collide ("source database is being
    // accessed by other users"); a short retry covers it.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String((error as Error).message)))
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
}

/** Drops every database whose name starts with the prefix (FORCE closes leftover connections). */
export async function dropPostgresDatabases(prefix: string): Promise<string[]> {
  return withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    return rows.map((r) => r.datname);
  });
}

/**
 * Drops gh_test_<pid>_* databases left by runs that were killed before their teardown (their
 * process is gone). Databases of runs still going are left alone.
 */
export async function dropAbandonedTestDatabases(): Promise<string[]> {
  return withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname ~ '^gh_test_[0-9]+_'",
    );
    const abandoned = rows
      .map((r) => r.datname)
      .filter((name) => !isProcessAlive(Number(/^gh_test_(\d+)_/.exec(name)![1])));
    for (const name of abandoned)
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    return abandoned;
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}
