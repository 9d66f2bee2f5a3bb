// Vitest projects: "unit" (pure logic beside the code, no database) and the integration tests
// once per database, "sqlite" and "postgres". Each integration test file gets its own copy of a
// database migrated with `prisma migrate deploy` (tests/setup/), so files run in parallel.
// PostgreSQL unreachable: the postgres project is left out with a printed line, except on CI
// (CI=true), where that is an error.
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { POSTGRES_ADMIN_URL, probePostgres, redact } from "./tests/setup/databases";

const root = import.meta.dirname;

// Shared by every project. Projects do not use `extends: true`, which would load this file once
// per project (and probe PostgreSQL each time).
const resolve = {
  alias: [
    { find: /^server-only$/, replacement: path.join(root, "tests/setup/stubs/server-only.ts") },
    { find: /^@\//, replacement: `${root}/` },
  ],
};
const isCi = process.env.CI === "true";

const integrationEnv: Partial<NodeJS.ProcessEnv> = {
  NODE_ENV: "test",
  GATEHOUSE_SECRET: "test-secret-for-vitest-only-0123456789abcdef",
  SEED_DEMO: "false",
  PUBLIC_URL: "http://localhost:3000",
  // Tests of the sign-in throttle set their own values; these keep other files clear of it.
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: "5",
  SIGNIN_MAX_FAILURES_PER_IP: "1000",
  AUTH_FAILURE_BURST: "1000",
};

function integrationProject(
  name: "sqlite" | "postgres",
  globalSetup: string,
): TestProjectInlineConfiguration {
  return {
    resolve,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      globalSetup: [globalSetup],
      setupFiles: ["tests/setup/per-file-database.ts"],
      env: integrationEnv,
      testTimeout: 30_000,
      hookTimeout: 90_000,
    },
  };
}

export default defineConfig(async () => {
  const projects: TestProjectInlineConfiguration[] = [
    { resolve, test: { name: "unit", include: ["lib/**/*.test.ts"], env: { NODE_ENV: "test" as const } } },
    integrationProject("sqlite", "tests/setup/global-sqlite.ts"),
  ];
  const probe = await probePostgres();
  if (probe.ok || isCi) {
    projects.push(integrationProject("postgres", "tests/setup/global-postgres.ts"));
  } else {
    console.log(
      `[vitest] PostgreSQL unreachable at ${redact(POSTGRES_ADMIN_URL)} (${probe.error}): skipping the postgres project. With CI=true this is an error.`,
    );
  }

  return {
    resolve,
    test: {
      projects,
      pool: "forks",
      maxWorkers: 3,
      restoreMocks: true,
    },
  };
});
