import type { StateBand } from "@/lib/metrics/dashboard-types";

const COLORS: Record<string, string> = {
  healthy: "bg-emerald-500",
  closed: "bg-emerald-500",
  degraded: "bg-amber-400",
  half_open: "bg-amber-400",
  down: "bg-red-500",
  open: "bg-red-500",
  unknown: "bg-zinc-300 dark:bg-zinc-700",
};

/** A state over time as coloured bands across the window (health or circuit breaker). */
export function StateBands({
  label,
  bands,
  from,
  to,
}: {
  label: string;
  bands: StateBand[];
  from: string;
  to: string;
}) {
  const start = Date.parse(from);
  const span = Math.max(Date.parse(to) - start, 1);
  return (
    <div className="flex items-center gap-3">
      <div className="w-28 shrink-0 text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</div>
      <div
        className="relative h-5 flex-1 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800"
        role="list"
        aria-label={label}
      >
        {bands.map((band) => {
          const left = Math.max(Date.parse(band.from) - start, 0) / span;
          const width =
            Math.max(
              Math.min(Date.parse(band.to), start + span) - Math.max(Date.parse(band.from), start),
              0,
            ) / span;
          return (
            <div
              key={band.from}
              role="listitem"
              title={`${band.state.replace("_", "-")} from ${new Date(band.from).toLocaleString()} to ${new Date(band.to).toLocaleString()}`}
              aria-label={`${band.state.replace("_", "-")} from ${new Date(band.from).toLocaleString()}`}
              className={`absolute inset-y-0 ${COLORS[band.state] ?? "bg-zinc-400"}`}
              style={{ left: `${left * 100}%`, width: `max(${width * 100}%, 2px)` }}
            />
          );
        })}
        {bands.length === 0 && (
          <span className="px-2 text-xs leading-5 text-zinc-500">No data in this range</span>
        )}
      </div>
    </div>
  );
}
