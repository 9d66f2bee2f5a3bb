// One timed visit to a console page, by full load or by a click in the sidebar. The clock is the
// page's own (performance.now()): for a full load it starts at navigation start (redirects
// included), for a click at the moment the click event reaches the document. Playwright's
// round trips are outside both.
import type { Page } from "@playwright/test";
import { isContentVisible, type ContentProbe } from "./content-probe";
import { readTimings, type TimingBreakdown } from "./page-timings";
import { NAVIGATION_START_PATH, type ConsolePage } from "./pages";

export type Visit = { ms: number; timings: TimingBreakdown };

const CONTENT_TIMEOUT_MS = 30_000;

const probeOf = (page: ConsolePage): ContentProbe => ({
  path: page.path,
  table: page.table,
  emptyTitles: page.emptyTitles,
});

/** Resolves with performance.now() of the first animation frame that shows the content. */
async function waitForContent(tab: Page, page: ConsolePage): Promise<number> {
  const handle = await tab.waitForFunction(
    (probe) => (isContentVisibleInPage(probe) ? performance.now() : 0),
    probeOf(page),
    { polling: "raf", timeout: CONTENT_TIMEOUT_MS },
  );
  return Number(await handle.jsonValue());
}

// waitForFunction serializes its callback: hand it the probe's source, not a closure over it.
declare function isContentVisibleInPage(probe: ContentProbe): boolean;

/** page.goto from nothing: document, scripts, hydration, session, data. */
export async function measureFullLoad(tab: Page, page: ConsolePage): Promise<Visit> {
  await tab.goto(page.loadPath, { waitUntil: "commit" });
  const ms = await waitForContent(tab, page);
  const timings = await tab.evaluate(readTimings, { sinceMs: 0, untilMs: ms });
  return { ms, timings };
}

/** From a freshly loaded start page, a real click on the sidebar link to `page`. */
export async function measureClientNavigation(tab: Page, page: ConsolePage): Promise<Visit> {
  await tab.goto(NAVIGATION_START_PATH);
  await tab.getByRole("heading", { level: 1 }).first().waitFor();
  // A person reads the page before clicking: by then Next.js has prefetched the sidebar's routes.
  await tab.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => undefined);
  await tab.evaluate(() => {
    performance.clearResourceTimings();
    document.addEventListener("click", () => ((window as BenchWindow).__benchClickAt = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await tab
    .getByRole("navigation", { name: "Console sections" })
    .getByRole("link", { name: page.sidebarLabel, exact: true })
    .click();
  const contentAt = await waitForContent(tab, page);
  const clickAt = await tab.evaluate(() => (window as BenchWindow).__benchClickAt ?? NaN);
  const timings = await tab.evaluate(readTimings, { sinceMs: clickAt, untilMs: contentAt });
  return { ms: contentAt - clickAt, timings };
}

type BenchWindow = Window & { __benchClickAt?: number };

/** Makes isContentVisible callable by name inside every document of the tab. */
export async function installContentProbe(tab: Page): Promise<void> {
  await tab.addInitScript(`window.isContentVisibleInPage = ${isContentVisible.toString()};`);
}
