"use client";

import { Pause, Play } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { isLiveRange, type DashboardParams } from "@/lib/client/metrics/dashboard-params";
import { METRIC_RANGES, type MetricRange } from "@/lib/metrics/dashboard-types";

const RANGE_OPTIONS = [...METRIC_RANGES, "custom"].map((value) => ({
  value: value as MetricRange,
  label: value === "custom" ? "Custom" : value,
}));

/** datetime-local wants "YYYY-MM-DDTHH:mm" in local time. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export type MetricsToolbarProps = {
  params: DashboardParams;
  onChange: (params: DashboardParams) => void;
  isPaused: boolean;
  onTogglePause: () => void;
  updatedAt: number;
};

/** The range picker (URL-backed by the caller), custom from/to, and the live state with pause. */
export function MetricsToolbar({
  params,
  onChange,
  isPaused,
  onTogglePause,
  updatedAt,
}: MetricsToolbarProps) {
  const [from, setFrom] = useState(toLocalInput(params.from));
  const [to, setTo] = useState(toLocalInput(params.to));
  const [error, setError] = useState<string | null>(null);
  const isLive = isLiveRange(params);

  const applyCustom = () => {
    const start = Date.parse(from);
    const end = Date.parse(to);
    if (Number.isNaN(start) || Number.isNaN(end)) return setError("Enter both a start and an end.");
    if (end <= start) return setError("The end must be after the start.");
    setError(null);
    onChange({ range: "custom", from: new Date(start).toISOString(), to: new Date(end).toISOString() });
  };

  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <SegmentedChoice
        label="Time range"
        value={params.range}
        options={RANGE_OPTIONS}
        onChange={(range) =>
          range === "custom"
            ? onChange({
                range,
                from: params.from ?? new Date(Date.now() - 3_600_000).toISOString(),
                to: params.to ?? new Date().toISOString(),
              })
            : onChange({ range })
        }
      />
      {params.range === "custom" && (
        <form
          className="flex flex-wrap items-center gap-2 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            applyCustom();
          }}
        >
          <label className="flex items-center gap-1">
            From
            <input
              type="datetime-local"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <label className="flex items-center gap-1">
            To
            <input
              type="datetime-local"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <Button type="submit" size="sm" variant="secondary">
            Apply
          </Button>
          {error && (
            <span role="alert" className="text-red-600 dark:text-red-400">
              {error}
            </span>
          )}
        </form>
      )}
      <div className="ml-auto flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
        {isLive ? (
          <>
            <span className="flex items-center gap-1.5" aria-live="polite" data-testid="live-state">
              <span
                className={
                  isPaused
                    ? "size-2 rounded-full bg-zinc-400"
                    : "size-2 animate-pulse rounded-full bg-emerald-500"
                }
                aria-hidden="true"
              />
              {isPaused ? "Paused" : "Live"}
            </span>
            <Button size="sm" variant="ghost" onClick={onTogglePause} aria-pressed={isPaused}>
              {isPaused ? (
                <Play className="size-4" aria-hidden="true" />
              ) : (
                <Pause className="size-4" aria-hidden="true" />
              )}
              {isPaused ? "Resume" : "Pause"}
            </Button>
          </>
        ) : null}
        {updatedAt > 0 && <span>Updated {new Date(updatedAt).toLocaleTimeString()}</span>}
      </div>
    </div>
  );
}
