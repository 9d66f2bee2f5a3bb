import { z } from "zod";
import { METRIC_RANGES, type DashboardWindow, type MetricRange } from "@/lib/metrics/dashboard-types";
import { minuteHorizon, type RollupTier } from "@/lib/metrics/rollups/rollup-tiers";

const RANGE_MS: Record<Exclude<MetricRange, "custom">, number> = {
  "15m": 15 * 60_000,
  "1h": 3_600_000,
  "24h": 86_400_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
};
/** Chart steps (seconds): the smallest that keeps a chart at or under MAX_POINTS points. */
const STEPS = [60, 300, 900, 3600, 6 * 3600, 86_400];
const MAX_POINTS = 200;
const MAX_CUSTOM_MS = 400 * 86_400_000;

const isoInstant = z.iso.datetime({
  offset: true,
  error: "Expected an ISO 8601 date and time, e.g. 2026-11-22T10:00:00Z",
});

export const dashboardQuerySchema = z
  .object({
    range: z
      .enum([...METRIC_RANGES, "custom"], {
        error: `range must be one of ${[...METRIC_RANGES, "custom"].join(", ")}`,
      })
      .default("1h"),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.range !== "custom") return;
    if (!query.from || !query.to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "A custom range needs both from and to" });
      return;
    }
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (span <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
    else if (span > MAX_CUSTOM_MS)
      ctx.addIssue({ code: "custom", path: ["from"], message: "A range may span at most 400 days" });
  });

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/** The rows a chart step reads: the coarsest tier that divides it (minutes only where they still exist). */
export function tierForStep(stepSeconds: number, from: number, now: number): RollupTier {
  if (stepSeconds % 86_400 === 0) return "day";
  if (stepSeconds % 3600 === 0 || from < minuteHorizon(now)) return "hour";
  return "minute";
}

/** The window a dashboard shows: [from, to), and a chart step that fits. */
export function dashboardWindow(
  query: DashboardQuery,
  now = Date.now(),
): DashboardWindow & { tier: RollupTier } {
  const to = query.range === "custom" ? Date.parse(query.to!) : now;
  const from = query.range === "custom" ? Date.parse(query.from!) : now - RANGE_MS[query.range];
  let stepSeconds = STEPS.find((step) => (to - from) / (step * 1000) <= MAX_POINTS) ?? 86_400;
  // Minutes older than 14 days are gone: such a range is charted by the hour at least.
  if (from < minuteHorizon(now) && stepSeconds < 3600) stepSeconds = 3600;
  const tier = tierForStep(stepSeconds, from, now);
  // Steps are whole tier buckets and aligned to the epoch, so every point sums whole rows.
  const alignedFrom = from - (from % (stepSeconds * 1000));
  return {
    range: query.range,
    from: new Date(alignedFrom).toISOString(),
    to: new Date(to).toISOString(),
    stepSeconds,
    tier,
  };
}
