import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensureMasterSecretFile } from "@/lib/crypto/master-key";
import { applyMigrations } from "@/lib/bootstrap/apply-migrations";
import { enableSqliteWal } from "@/lib/bootstrap/enable-sqlite-wal";
import { ensureFirstAdmin, type FirstAdmin } from "@/lib/bootstrap/ensure-first-admin";
import { ensureBuiltInRoles } from "@/lib/rbac/ensure-built-in-roles";
import { ensureBuiltInPurposes } from "@/lib/privacy/consent/ensure-built-in-purposes";
import { seedDemo } from "@/lib/bootstrap/seed-demo";
import { scrubStoredErrors } from "@/lib/servers/scrub-stored-errors";

export type BootstrapReport = {
  masterSecretFile: string | null;
  firstAdmin: FirstAdmin | null;
  demoSeeded: boolean;
};

/** Everything a start needs before serving: data dir, master secret, schema, roles, purposes, first admin. */
export async function bootstrap(): Promise<BootstrapReport> {
  // Private to Gatehouse's user: it holds the master key and the SQLite database (see README, Hardening).
  mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
  if (!env.isPostgres)
    mkdirSync(path.dirname(path.resolve(env.DATABASE_URL.replace(/^file:/, ""))), { recursive: true });
  const masterSecretFile = ensureMasterSecretFile();
  await applyMigrations();
  await enableSqliteWal();
  await ensureBuiltInRoles();
  await ensureBuiltInPurposes();
  const firstAdmin = await ensureFirstAdmin();
  const demoSeeded = await seedDemo();
  await scrubStoredErrors();
  return { masterSecretFile, firstAdmin, demoSeeded };
}
