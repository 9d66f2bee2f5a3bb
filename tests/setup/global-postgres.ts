// globalSetup of the "postgres" project: a migrated template database per run
// (gh_test_<pid>_tpl), copied per test file; every gh_test_<pid>_* database is dropped at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  POSTGRES_ADMIN_URL,
  createPostgresDatabase,
  dropAbandonedTestDatabases,
  dropPostgresDatabases,
  migrateDeploy,
  postgresUrlFor,
  probePostgres,
  redact,
} from "./databases";

export default async function setup(project: TestProject) {
  const probe = await probePostgres();
  if (!probe.ok) {
    // vitest.config.ts leaves this project out when PostgreSQL is down, except on CI.
    throw new Error(
      `PostgreSQL is required for the "postgres" project (CI=true) but ${redact(POSTGRES_ADMIN_URL)} is unreachable: ${probe.error}`,
    );
  }
  const prefix = `gh_test_${process.pid}_`;
  await dropAbandonedTestDatabases();
  const template = `${prefix}tpl`;
  await createPostgresDatabase(template);
  await migrateDeploy(postgresUrlFor(template));
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-test-"));
  project.provide("database", { provider: "postgresql", template, prefix, dir });
  return async () => {
    await dropPostgresDatabases(prefix);
    rmSync(dir, { recursive: true, force: true });
  };
}
