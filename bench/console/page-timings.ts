// Reads the browser's own timings after content appeared: the document, the scripts and stylesheets
// it needed, and the API calls made before the content showed (start and end, relative to the
// navigation or click). This is what says where the time went when a page is slow.

export type ApiCall = { path: string; startMs: number; endMs: number; serverTiming: string };

export type TimingBreakdown = {
  /** Full loads: when the HTML had arrived (responseEnd, redirects included). */
  documentMs: number | null;
  scripts: { count: number; kilobytes: number; lastEndMs: number };
  /**
   * RSC requests (?_rsc=): a click's payload, and Link prefetches of the sidebar's routes, each of
   * which the server renders while the page's API calls wait their turn.
   */
  rsc: { count: number; firstStartMs: number; lastEndMs: number } | null;
  apiCalls: ApiCall[];
};

/** In the browser: resource entries that started between `sinceMs` and `untilMs` (performance.now()). */
export function readTimings(window: { sinceMs: number; untilMs: number }): TimingBreakdown {
  const { sinceMs, untilMs } = window;
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const entries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
    (e) => e.startTime >= sinceMs && e.startTime <= untilMs,
  );
  const scripts = entries.filter((e) => e.initiatorType === "script" || /\.(js|css)(\?|$)/.test(e.name));
  const rsc = entries.filter((e) => e.name.includes("_rsc="));
  return {
    documentMs: sinceMs === 0 && nav ? nav.responseEnd : null,
    scripts: {
      count: scripts.length,
      kilobytes: Math.round(scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024),
      lastEndMs: Math.round(Math.max(0, ...scripts.map((e) => e.responseEnd - sinceMs))),
    },
    rsc:
      rsc.length > 0
        ? {
            count: rsc.length,
            firstStartMs: Math.round(Math.min(...rsc.map((e) => e.startTime)) - sinceMs),
            lastEndMs: Math.round(Math.max(...rsc.map((e) => e.responseEnd)) - sinceMs),
          }
        : null,
    apiCalls: entries
      .filter((e) => new URL(e.name).pathname.startsWith("/api/"))
      .map((e) => ({
        path: new URL(e.name).pathname + new URL(e.name).search,
        startMs: Math.round(e.startTime - sinceMs),
        endMs: Math.round(e.responseEnd - sinceMs),
        serverTiming: e.serverTiming.map((t) => `${t.name}=${Math.round(t.duration)}`).join(" "),
      })),
  };
}
