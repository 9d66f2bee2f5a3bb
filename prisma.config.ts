// Prisma CLI configuration. The provider follows DATABASE_URL, as at run time:
// postgresql://… selects PostgreSQL, anything else is an SQLite file (default data/gatehouse.db).
// The schema engine runs as WebAssembly through the driver adapter, so nothing is downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { CatalogSafePgClient } from "./lib/db/catalog-safe-pg-client";

// The CLI insists on these paths existing; with engine "js" they are never executed.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;

const url = process.env.DATABASE_URL ?? "file:./data/gatehouse.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "generated", `${provider}.prisma`),
  migrations: { path: path.join("prisma", "migrations", provider) },
  async adapter() {
    if (provider === "postgresql") {
      // prisma/orm#27403: the migration engine cannot read Postgres catalog types through the
      // pg adapter; the client subclass maps them to text.
      return new PrismaPg({ connectionString: url, Client: CatalogSafePgClient });
    }
    return new PrismaBetterSQLite3({ url });
  },
});
