"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Panel } from "@/components/ui/panel";
import { formatBucket } from "@/lib/client/metrics/format-metric";

export type ChartLine = { key: string; label: string; color: string };

export type TimeChartProps<T extends { t: string }> = {
  title: string;
  data: T[];
  lines: ChartLine[];
  stepSeconds: number;
  formatValue: (value: number) => string;
  /** the y axis' top when every value is 0 or missing (e.g. 1 for a rate) */
  emptyMax?: number;
  /** a click on a point: its bucket start */
  onPick?: (t: string) => void;
};

/** The y axis' top: the largest value charted, or emptyMax when there is none above 0. */
function topOf<T extends { t: string }>(data: T[], lines: ChartLine[], emptyMax: number): number | "auto" {
  let max = 0;
  for (const point of data)
    for (const line of lines) {
      const value: unknown = Reflect.get(point, line.key);
      if (typeof value === "number" && value > max) max = value;
    }
  return max > 0 ? "auto" : emptyMax;
}

// Axis and grid take the text colour (currentColor), so one chart reads in light and dark mode.
export function TimeChart<T extends { t: string }>({
  title,
  data,
  lines,
  stepSeconds,
  formatValue,
  emptyMax = 1,
  onPick,
}: TimeChartProps<T>) {
  return (
    <Panel className="p-4">
      <h2 className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</h2>
      <div className="h-52 text-zinc-500 dark:text-zinc-400" role="img" aria-label={`${title} over time`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
            onClick={(state) => {
              const label = state?.activeLabel;
              if (onPick && typeof label === "string") onPick(label);
            }}
            style={{ cursor: onPick ? "pointer" : undefined }}
          >
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
            <XAxis
              dataKey="t"
              tickFormatter={(t: string) => formatBucket(t, stepSeconds)}
              stroke="currentColor"
              fontSize={11}
              minTickGap={40}
            />
            <YAxis
              stroke="currentColor"
              fontSize={11}
              width={56}
              domain={[0, topOf(data, lines, emptyMax)]}
              tickFormatter={(v: number) => formatValue(v)}
            />
            <Tooltip
              labelFormatter={(t) => formatBucket(String(t), stepSeconds)}
              formatter={(value) => (typeof value === "number" ? formatValue(value) : "—")}
              contentStyle={{
                background: "var(--color-tooltip-bg, #18181b)",
                border: "none",
                borderRadius: 6,
                color: "#fafafa",
                fontSize: 12,
              }}
              labelStyle={{ color: "#e4e4e7" }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {lines.map((line) => (
              <Line
                key={line.key}
                type="linear"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={2}
                // Sparse traffic leaves single points between gaps: a small dot keeps them visible.
                dot={{ r: 1.5 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}
