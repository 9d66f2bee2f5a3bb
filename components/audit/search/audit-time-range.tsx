"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TIME_RANGES, type TimeRange } from "@/lib/audit/search/audit-filters";
import type { AuditUrlFilters } from "@/lib/client/audit/audit-url-state";

const RANGE_LABELS: Record<TimeRange, string> = {
  "15m": "Last 15 minutes",
  "1h": "Last hour",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
};
const RANGES = Object.keys(TIME_RANGES) as TimeRange[];

type TimeFilters = Pick<AuditUrlFilters, "range" | "from" | "to">;

export type AuditTimeRangeProps = {
  filters: TimeFilters;
  onChange: (next: TimeFilters) => void;
  labelClass: string;
};

/** ISO instant -> "YYYY-MM-DDTHH:mm:ss" in local time, for <input type="datetime-local">. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * The local date and time typed by the user as an ISO instant (the URL and the API speak UTC).
 * An end is the last millisecond of its second, so that "to 10:00:59" includes 10:00:59.500.
 */
function fromLocalInput(value: string, isEnd = false): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Date(d.getTime() + (isEnd ? 999 : 0)).toISOString();
}

/** Presets (relative to now) or a custom from/to in local time; "Any time" by default. */
export function AuditTimeRange({ filters, onChange, labelClass }: AuditTimeRangeProps) {
  const hasCustomBounds = !!(filters.from || filters.to);
  const [isCustomPicked, setIsCustomPicked] = useState(hasCustomBounds);
  const isCustom = hasCustomBounds || isCustomPicked;
  const choice = isCustom ? "custom" : (filters.range ?? "");

  function pick(value: string) {
    setIsCustomPicked(value === "custom");
    if (value === "custom") return onChange({ range: undefined, from: filters.from, to: filters.to });
    onChange({ range: RANGES.find((r) => r === value), from: undefined, to: undefined });
  }

  return (
    <>
      <div>
        <label htmlFor="audit-filter-range" className={labelClass}>
          Time range
        </label>
        <Select id="audit-filter-range" value={choice} onChange={(e) => pick(e.currentTarget.value)}>
          <option value="">Any time</option>
          {RANGES.map((range) => (
            <option key={range} value={range}>
              {RANGE_LABELS[range]}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </Select>
      </div>
      {isCustom ? (
        <div className="col-span-full grid grid-cols-1 gap-3 sm:grid-cols-2 lg:col-span-2">
          <div>
            <label htmlFor="audit-filter-from" className={labelClass}>
              From (local time)
            </label>
            <Input
              id="audit-filter-from"
              type="datetime-local"
              step={1}
              value={toLocalInput(filters.from)}
              onChange={(e) =>
                onChange({ range: undefined, from: fromLocalInput(e.currentTarget.value), to: filters.to })
              }
            />
          </div>
          <div>
            <label htmlFor="audit-filter-to" className={labelClass}>
              To (local time, inclusive)
            </label>
            <Input
              id="audit-filter-to"
              type="datetime-local"
              step={1}
              value={toLocalInput(filters.to)}
              onChange={(e) =>
                onChange({
                  range: undefined,
                  from: filters.from,
                  to: fromLocalInput(e.currentTarget.value, true),
                })
              }
            />
          </div>
        </div>
      ) : null}
    </>
  );
}
