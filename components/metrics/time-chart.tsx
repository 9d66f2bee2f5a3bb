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
  /** a click on a point: its bucket start */
  onPick?: (t: string) => void;
};

// Axis and grid take the text colour (currentColor), so one chart reads in light and dark mode.
export function TimeChart<T extends { t: string }>({
  title,
  data,
  lines,
  stepSeconds,
  formatValue,
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
                type="monotone"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={2}
                dot={false}
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
