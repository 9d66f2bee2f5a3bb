// Writes a new migration for both providers after prisma/models.prisma changed:
//   node scripts/new-migration.mjs <name>
// For SQLite and PostgreSQL: applies the existing migrations to a throw-away database,
// introspects it, and writes the SQL that turns it into the generated schema to
// prisma/migrations/<provider>/<UTC timestamp>_<name>/migration.sql. A provider with nothing to
// change gets no folder. Needs PostgreSQL (TEST_POSTGRES_URL, default
// postgresql://postgres@127.0.0.1:5432/postgres) so that both providers always move together.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  PROVIDERS,
  deployAndPull,
  diffOnlyUrl,
  generateSchemas,
  generatedSchema,
  isPostgresReachable,
  prisma,
  root,
  withThrowAwayDatabase,
} from "./check-migrations.mjs";

const EMPTY_MIGRATION = /^(--[^\n]*\n?|\s)*$/;

function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function migrationSql(provider) {
  return withThrowAwayDatabase(provider, async (databaseUrl, dir) => {
    const pulled = await deployAndPull(provider, databaseUrl, dir);
    const { stdout } = await prisma(
      [
        "migrate",
        "diff",
        "--from-schema-datamodel",
        pulled,
        "--to-schema-datamodel",
        generatedSchema(provider),
        "--script",
      ],
      { databaseUrl: diffOnlyUrl(dir) },
    );
    return stdout;
  });
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9][a-z0-9_]{0,60}$/.test(name)) {
    console.error(
      "usage: node scripts/new-migration.mjs <name>   (lowercase letters, digits and _, e.g. add_audit_seals)",
    );
    process.exit(2);
  }
  const postgres = await isPostgresReachable();
  if (!postgres.ok) {
    console.error(
      `new-migration: PostgreSQL is needed to write the PostgreSQL migration, but it is unreachable (${postgres.error}). Set TEST_POSTGRES_URL or start it.`,
    );
    process.exit(1);
  }
  await generateSchemas();
  const folder = `${timestamp()}_${name}`;
  const scripts = await Promise.all(
    PROVIDERS.map(async (provider) => [provider, await migrationSql(provider)]),
  );

  let written = 0;
  for (const [provider, sql] of scripts) {
    if (EMPTY_MIGRATION.test(sql)) {
      console.log(`new-migration: ${provider}: no changes; nothing written`);
      continue;
    }
    const dir = path.join(root, "prisma", "migrations", provider, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
    console.log(`new-migration: ${provider}: wrote ${path.relative(root, path.join(dir, "migration.sql"))}`);
    written += 1;
  }
  if (written === 0) console.log("new-migration: prisma/models.prisma and the migrations already agree.");
  else console.log("new-migration: review the SQL, then `npm run db:migrations:check`.");
}

main().catch((error) => {
  console.error(`new-migration: ${error.message}`);
  process.exit(1);
});
