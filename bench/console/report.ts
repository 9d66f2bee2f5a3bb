// The figures table and, per page, where the time of a typical (median) visit went.
import type { Visit } from "./measure";
import type { ConsolePage } from "./pages";

export const TARGET_MS = 500;

export type Series = { cold: Visit; warm: Visit[] };
export type PageResult = { page: ConsolePage; fullLoad: Series; clientNav: Series };

const sortedByMs = (visits: Visit[]) => [...visits].sort((a, b) => a.ms - b.ms);
/** The lower median for an even count: a visit that happened, whose breakdown can be shown. */
export const medianVisit = (visits: Visit[]) => sortedByMs(visits)[Math.floor((visits.length - 1) / 2)];
const maxMs = (visits: Visit[]) => Math.max(...visits.map((v) => v.ms));

/** A figure with a mark when it is over the target. */
const figure = (ms: number) => `${Math.round(ms)}${ms > TARGET_MS ? "*" : " "}`.padStart(7);

export function printTable(results: PageResult[], runs: number): void {
  console.log(
    `\nTime to content, ms (target ${TARGET_MS} ms; * over it). cold = first visit, median and max of the ${runs} after it.`,
  );
  console.log(`${"".padEnd(13)}| full load (page.goto)   | client navigation (sidebar click) | target`);
  console.log(`${"page".padEnd(13)}|    cold  median     max |    cold  median     max          |`);
  for (const { page, fullLoad, clientNav } of results) {
    const cells = (s: Series) => [s.cold.ms, medianVisit(s.warm).ms, maxMs(s.warm)].map(figure).join(" ");
    console.log(
      `${page.name.padEnd(13)}| ${cells(fullLoad)} | ${cells(clientNav)}          | ${TARGET_MS} ms`,
    );
  }
}

function describe(visit: Visit): string[] {
  const t = visit.timings;
  const lines = [
    `content at ${Math.round(visit.ms)} ms` +
      (t.documentMs !== null ? `; HTML done at ${Math.round(t.documentMs)} ms` : "") +
      (t.rsc ? `; ${t.rsc.count} RSC requests ${t.rsc.firstStartMs}-${t.rsc.lastEndMs} ms` : "") +
      `; ${t.scripts.count} JS/CSS files fetched (${t.scripts.kilobytes} KB encoded), last done at ${t.scripts.lastEndMs} ms`,
  ];
  for (const call of t.apiCalls)
    lines.push(
      `  ${`${call.startMs}-${call.endMs} ms`.padEnd(14)} ${call.path}${call.serverTiming ? `  [${call.serverTiming}]` : ""}`,
    );
  return lines;
}

export function printBreakdowns(results: PageResult[]): void {
  console.log(`\nWhere the time of the median visit went (times from navigation start or click):`);
  for (const { page, fullLoad, clientNav } of results) {
    console.log(`\n${page.name}, full load of ${page.loadPath}:`);
    for (const line of describe(medianVisit(fullLoad.warm))) console.log(`  ${line}`);
    console.log(`${page.name}, sidebar click to ${page.path}:`);
    for (const line of describe(medianVisit(clientNav.warm))) console.log(`  ${line}`);
  }
}
