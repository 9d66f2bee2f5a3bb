// npm run bench:console – time from navigation to content of the five busiest console pages in the
// production build, driven by Playwright on /usr/bin/chromium: full loads (page.goto) and client
// navigations (sidebar click), on a fresh SQLite database seeded with a few weeks of realistic
// data. Prints figures beside a 500 ms target; never fails on the target.
import os from "node:os";
import { chromium, type Browser, type Page } from "@playwright/test";
import { defer, runBench } from "../gateway/cleanup";
import { startConsoleServer } from "./console-server";
import { installContentProbe, measureClientNavigation, measureFullLoad, type Visit } from "./measure";
import { CONSOLE_PAGES, type ConsolePage } from "./pages";
import { printBreakdowns, printTable, type PageResult, type Series } from "./report";
import { seedConsole } from "./seed-console";
import { signIn } from "./sign-in";

const RUNS = Number(process.env.BENCH_CONSOLE_RUNS ?? 7);
const AUDIT_EVENTS = Number(process.env.BENCH_CONSOLE_AUDIT_EVENTS ?? 50_000);

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

type Measure = (tab: Page, page: ConsolePage) => Promise<Visit>;

/**
 * One series per page in a fresh browser context (empty HTTP cache): round 0 is the cold visit,
 * then RUNS rounds, the pages interleaved so that a slow moment of the machine hits all of them.
 */
async function measureSeries(
  newTab: () => Promise<Page>,
  measure: Measure,
): Promise<Map<ConsolePage, Series>> {
  const tab = await newTab();
  const visits = new Map<ConsolePage, Visit[]>(CONSOLE_PAGES.map((p) => [p, []]));
  for (let round = 0; round <= RUNS; round++)
    for (const page of CONSOLE_PAGES) visits.get(page)!.push(await measure(tab, page));
  await tab.context().close();
  return new Map([...visits].map(([page, [cold, ...warm]]) => [page, { cold, warm }]));
}

async function main(): Promise<void> {
  console.log(
    `Gatehouse console benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}`,
  );
  console.log(`Load average at start: ${loadAverage()} (other work on this machine skews every figure)`);

  const server = await startConsoleServer(AUDIT_EVENTS);
  console.log(
    `Gatehouse at ${server.baseUrl}; ${AUDIT_EVENTS.toLocaleString("en-US")} audit events of history`,
  );
  const seeded = await seedConsole(server);
  console.log(
    `Seeded: ${seeded.servers} servers (${seeded.tools} tools), ${seeded.roles} roles, ${seeded.users} users, ` +
      `${seeded.calls.answered + seeded.calls.refused} gateway calls (${seeded.calls.refused} refused)`,
  );

  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  defer("close chromium", () => browser.close());
  const session = await signIn(browser, server.baseUrl, server.admin);
  const newTab = async () => {
    const tab = await (await session.newContext()).newPage();
    await installContentProbe(tab);
    return tab;
  };

  const fullLoads = await measureSeries(newTab, measureFullLoad);
  const clientNavs = await measureSeries(newTab, measureClientNavigation);
  const results: PageResult[] = CONSOLE_PAGES.map((page) => ({
    page,
    fullLoad: fullLoads.get(page)!,
    clientNav: clientNavs.get(page)!,
  }));
  printTable(results, RUNS);
  printBreakdowns(results);
  console.log(`\nLoad average at end: ${loadAverage()}`);
}

runBench("bench:console", main);
