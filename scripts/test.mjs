// `npm test`: every check, in order, stopping at the first failure:
//   1. vitest: unit tests and the integration tests on SQLite and PostgreSQL
//   2. the migration drift check (scripts/check-migrations.mjs)
//   3. `npm run build` (skip with SKIP_BUILD=1)
//   4. Playwright e2e (playwright.config.ts starts the app through scripts/e2e-server.mjs)
// The last line of output is always `tests: N passed, M failed[, K skipped]`, summed over the
// test runners (from vitest's and Playwright's JSON reports). A failed step that is not a test
// runner (drift check, build), or a runner that wrote no report, counts as one failure.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resultsDir = path.join(root, "test-results");
const VITEST_REPORT = path.join(resultsDir, "vitest-results.json");
const E2E_REPORT = path.join(resultsDir, "e2e-results.json");

const totals = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

function bin(name) {
  return path.join(root, "node_modules", ".bin", name);
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
        ...env,
      },
    });
    child.on("error", (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function countVitest() {
  const report = readJson(VITEST_REPORT);
  if (!report) return null;
  // Files that failed to load (syntax errors, failing setup) have no tests but are failures.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function countPlaywright() {
  const report = readJson(E2E_REPORT);
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  if (flaky) console.log(`test: ${flaky} e2e test(s) passed only on retry (flaky)`);
  return {
    passed: expected + flaky,
    failed: unexpected + (report.errors?.length && !unexpected ? 1 : 0),
    skipped,
  };
}

/** Runs one step; adds its counts; returns whether it passed. */
async function step(name, command, args, { env, counts } = {}) {
  console.log(`\ntest: ── ${name} ──`);
  const started = Date.now();
  const code = await run(command, args, env);
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const counted = counts?.();
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
  }
  const ok = code === 0 && (!counts || (counted !== null && counted.failed === 0));
  if (!ok && (!counted || counted.failed === 0)) totals.failed += 1;
  if (!ok) console.error(`test: ${name} failed${code ? ` (exit code ${code})` : ""}`);
  return ok;
}

function finish(ok) {
  console.log(`\ntest: ${timings.join(", ")}`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  for (const file of [VITEST_REPORT, E2E_REPORT]) rmSync(file, { force: true });

  const steps = [
    () =>
      step(
        "vitest (unit, sqlite, postgres)",
        bin("vitest"),
        ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`],
        { counts: countVitest },
      ),
    () => step("migration drift check", process.execPath, [path.join(root, "scripts/check-migrations.mjs")]),
    () => {
      if (process.env.SKIP_BUILD === "1") {
        console.log("\ntest: ── next build skipped (SKIP_BUILD=1) ──");
        return true;
      }
      return step("next build", "npm", ["run", "--silent", "build"]);
    },
    () => {
      if (!existsSync(path.join(root, "playwright.config.ts"))) {
        console.error("test: playwright.config.ts is missing");
        totals.failed += 1;
        return false;
      }
      return step("playwright e2e", bin("playwright"), ["test"], { counts: countPlaywright });
    },
  ];
  for (const next of steps) {
    if (!(await next())) return finish(false);
  }
  finish(true);
}

main().catch((error) => {
  console.error(`test: ${error.stack ?? error}`);
  totals.failed += 1;
  finish(false);
});
