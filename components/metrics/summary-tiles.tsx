import { Panel } from "@/components/ui/panel";
import { formatCount, formatMs, formatRate } from "@/lib/client/metrics/format-metric";
import type { DashboardWindow, RollupSummary } from "@/lib/metrics/dashboard-types";

/** The window's headline figures: calls, calls/s, error rate and the merged latency quantiles. */
export function SummaryTiles({ summary, window }: { summary: RollupSummary; window: DashboardWindow }) {
  const seconds = Math.max((Date.parse(window.to) - Date.parse(window.from)) / 1000, 1);
  const tiles = [
    { label: "Calls", value: formatCount(summary.calls) },
    { label: "Calls/s", value: (summary.calls / seconds).toFixed(2) },
    { label: "Error rate", value: formatRate(summary.calls > 0 ? summary.errors / summary.calls : null) },
    { label: "Denied", value: formatCount(summary.denied) },
    { label: "Rate-limited", value: formatCount(summary.rateLimited) },
    { label: "p50", value: formatMs(summary.p50) },
    { label: "p95", value: formatMs(summary.p95) },
    { label: "p99", value: formatMs(summary.p99) },
  ];
  return (
    <div className="mb-4 grid grid-cols-4 gap-3 xl:grid-cols-8">
      {tiles.map((tile) => (
        <Panel key={tile.label} className="px-4 py-3">
          <div className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{tile.label}</div>
          <div
            className="mt-1 text-lg font-semibold whitespace-nowrap tabular-nums text-zinc-900 dark:text-zinc-50"
            data-testid={`tile-${tile.label}`}
          >
            {tile.value}
          </div>
        </Panel>
      ))}
    </div>
  );
}
