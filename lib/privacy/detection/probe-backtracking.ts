// The static check (find-nested-quantifier.ts) catches the nested repetitions people write by
// accident; this catches what it cannot see, such as overlapping alternatives under a repetition
// ((a|a)*b, (\w|\d)+x) or stacked repetitions (\d+\d+\d+x). The pattern is run, as the detector
// would run it, over texts built from its own sample match: each character of it, and the match
// itself, repeated to growing lengths and ended by a character that makes the match fail. A safe
// pattern answers each in microseconds; a catastrophic one blows the budget after a few steps, so
// the probe costs well under a second even then. A probe over budget is run a second time before
// the pattern is refused, so a pause of the process (GC, a busy machine) does not refuse a safe one.
// Run when a detector is saved, never on the hot path.

// Small steps, so the first probe over budget is at most a few times the budget: +2 characters
// (x4 for a pattern exponential in the length), then about +25% (x2.4 for one of degree four).
const PROBE_LENGTHS = [
  8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 50, 60, 75, 95, 120, 150, 190, 240, 300,
  380, 480, 600,
];
const BUDGET_MS = 25;
const MAX_SEEDS = 8;
const FAILING_TAIL = "\u0001";

export type ProbeOptions = { now?: () => number };

function runsWithinBudget(regex: RegExp, probe: string, now: () => number): boolean {
  const started = now();
  regex.lastIndex = 0;
  for (let match = regex.exec(probe); match; match = regex.exec(probe)) {
    if (match[0].length === 0) regex.lastIndex++;
  }
  return now() - started <= BUDGET_MS;
}

function seedsFrom(match: string): string[] {
  const characters = [...new Set(Array.from(match))].slice(0, MAX_SEEDS);
  return match.length > 1 ? [...characters, match] : characters;
}

/** Whether the global regex takes longer than the budget on any probe text. */
export function takesTooLongOnProbes(
  regex: RegExp,
  sampleMatch: string,
  options: ProbeOptions = {},
): boolean {
  const now = options.now ?? (() => performance.now());
  const seeds = seedsFrom(sampleMatch);
  for (const length of PROBE_LENGTHS) {
    for (const seed of seeds) {
      const probe = seed.repeat(Math.ceil(length / seed.length)) + FAILING_TAIL;
      if (!runsWithinBudget(regex, probe, now) && !runsWithinBudget(regex, probe, now)) return true;
    }
  }
  return false;
}
