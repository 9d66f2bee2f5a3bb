import { defineConfig, devices } from "@playwright/test";

// The lead's runner starts the app itself and sets E2E_BASE_URL; without it, start one here.
const externalBaseUrl = process.env.E2E_BASE_URL;
// E2E_PORT lets two suites run side by side (scripts/e2e-server.mjs reads it too).
const baseURL = externalBaseUrl ?? `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // One server and one database, with sign-in throttling: keep the journeys sequential.
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium: `npx playwright install` downloads a browser and fails offline.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: externalBaseUrl
    ? undefined
    : {
        // Builds when needed, prepares a fresh database and serves on port 3100.
        command: "node scripts/e2e-server.mjs",
        url: `${baseURL}/api/health`,
        reuseExistingServer: !process.env.CI,
        timeout: 300_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
