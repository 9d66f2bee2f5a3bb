// Migration drift check: for SQLite and PostgreSQL, applies prisma/migrations/<provider> to a
// throw-away database, introspects it, and compares the result with the schema generated from
// prisma/models.prisma. Exit 0: the migrations produce exactly the models. Exit 1: they do not
// (the difference is printed; `node scripts/new-migration.mjs <name>` writes the missing migration).
//
// (`prisma migrate diff --from-migrations` and `--from-url` do not work with driver adapters,
// hence deploy + `db pull` + diff of two datamodels.)
//
// PostgreSQL: TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres) must
// allow CREATE DATABASE. When it is unreachable the PostgreSQL check is skipped with a printed
// line, except with CI=true, where that fails.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PROVIDERS = ["sqlite", "postgresql"];
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs the Prisma CLI; rejects with its output on a non-zero exit unless allowedCodes says so. */
export async function prisma(args, { databaseUrl, allowedCodes = [0] } = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code === "number" && allowedCodes.includes(error.code))
      return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    throw new Error(
      `prisma ${args.join(" ")} failed (exit ${error.code}):\n${error.stdout ?? ""}${error.stderr ?? ""}`,
    );
  }
}

export function generatedSchema(provider) {
  return path.join(root, "prisma", "generated", `${provider}.prisma`);
}

export async function generateSchemas() {
  await run(process.execPath, [path.join(root, "scripts/generate-schemas.mjs")], { cwd: root });
}

export async function isPostgresReachable() {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error.message || error.code || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withAdmin(work) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Gives `work` the URL of an empty throw-away database for the provider, and removes it after.
 */
export async function withThrowAwayDatabase(provider, work) {
  const suffix = randomBytes(6).toString("hex");
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-migrations-"));
    try {
      return await work(`file:${path.join(dir, `drift-${suffix}.db`)}`, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const name = `gh_drift_${suffix}`;
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-migrations-"));
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  try {
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    return await work(url.toString(), dir);
  } finally {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Applies the provider's migrations to the database and returns the introspected schema's path. */
export async function deployAndPull(provider, databaseUrl, dir) {
  await prisma(["migrate", "deploy"], { databaseUrl });
  const { stdout } = await prisma(["db", "pull", "--print", "--schema", generatedSchema(provider)], {
    databaseUrl,
  });
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith("generator"));
  if (start < 0) throw new Error(`prisma db pull printed no schema for ${provider}:\n${stdout}`);
  const pulled = path.join(dir, `pulled-${provider}.prisma`);
  writeFileSync(pulled, lines.slice(start).join("\n"));
  return pulled;
}

/**
 * `migrate diff` between two datamodels needs no database, but prisma.config.ts still builds an
 * adapter from DATABASE_URL: a scratch SQLite file keeps it off the real database, and avoids the
 * ~10 s the PostgreSQL schema engine lingers after each command.
 */
export function diffOnlyUrl(dir) {
  return `file:${path.join(dir, "diff-only.db")}`;
}

/** Exit code of `migrate diff --exit-code`: 0 no drift, 2 drift; with the human-readable summary. */
async function diffFromMigrations(provider) {
  return withThrowAwayDatabase(provider, async (databaseUrl, dir) => {
    const pulled = await deployAndPull(provider, databaseUrl, dir);
    const diff = [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      pulled,
      "--to-schema-datamodel",
      generatedSchema(provider),
    ];
    const summary = await prisma([...diff, "--exit-code"], {
      databaseUrl: diffOnlyUrl(dir),
      allowedCodes: [0, 2],
    });
    if (summary.code === 0) return { drift: false };
    const script = await prisma([...diff, "--script"], { databaseUrl: diffOnlyUrl(dir) });
    return { drift: true, summary: summary.stdout.trim(), script: script.stdout.trim() };
  });
}

async function main() {
  await generateSchemas();
  const postgres = await isPostgresReachable();
  const providers = PROVIDERS.filter((provider) => {
    if (provider !== "postgresql" || postgres.ok) return true;
    if (process.env.CI === "true")
      throw new Error(
        `PostgreSQL is unreachable (${postgres.error}); CI=true requires the PostgreSQL migration check.`,
      );
    console.log(
      `check-migrations: PostgreSQL unreachable (${postgres.error}); skipping the postgresql check. With CI=true this is an error.`,
    );
    return false;
  });

  const results = await Promise.all(
    providers.map(async (provider) => [provider, await diffFromMigrations(provider)]),
  );
  let failed = false;
  for (const [provider, result] of results) {
    if (!result.drift) {
      console.log(
        `check-migrations: ${provider}: prisma/migrations/${provider} matches prisma/models.prisma`,
      );
      continue;
    }
    failed = true;
    console.error(
      `check-migrations: ${provider}: DRIFT between prisma/migrations/${provider} and prisma/models.prisma\n${result.summary}\n\nSQL that the migrations are missing:\n${result.script}\n`,
    );
  }
  if (failed) {
    console.error(
      "check-migrations: create the missing migrations with `node scripts/new-migration.mjs <name>` (writes both providers).",
    );
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`check-migrations: ${error.message}`);
    process.exit(1);
  });
}
