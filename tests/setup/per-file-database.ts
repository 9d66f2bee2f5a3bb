// setupFiles of the integration projects: runs in the test worker before the test file imports
// anything, gives the file its own copy of the migrated template and points DATABASE_URL at it.
// lib/env.ts reads the environment when first imported, so this must happen first.
import { copyFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { inject } from "vitest";
import { createPostgresDatabase, postgresUrlFor } from "./databases";

const database = inject("database");
const suffix = randomBytes(5).toString("hex");

if (database.provider === "sqlite") {
  const file = path.join(database.dir, `test-${suffix}.db`);
  copyFileSync(database.template, file);
  process.env.DATABASE_URL = `file:${file}`;
} else {
  const name = `${database.prefix}${suffix}`;
  await createPostgresDatabase(name, database.template);
  process.env.DATABASE_URL = postgresUrlFor(name);
}
process.env.DATA_DIR = path.join(database.dir, `data-${suffix}`);
