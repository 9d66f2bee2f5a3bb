"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Panel } from "@/components/ui/panel";
import { formatBucket } from "@/lib/client/metrics/format-metric";

const COLORS: Record<string, string> = {
  success: "#10b981",
  upstream_error: "#ef4444",
  timeout: "#f97316",
  circuit_open: "#b91c1c",
  overloaded: "#fb7185",
  internal_error: "#7f1d1d",
  denied: "#6366f1",
  rate_limited: "#a855f7",
  consent_required: "#0ea5e9",
  subject_required: "#38bdf8",
  invalid: "#eab308",
  not_found: "#a1a1aa",
  cancelled: "#71717a",
  shutting_down: "#52525b",
};

export type OutcomeChartProps = {
  data: ({ t: string } & Record<string, number | string>)[];
  stepSeconds: number;
  /** a click on a bar segment: its bucket and outcome */
  onPick: (t: string, outcome: string) => void;
};

/** Outcomes per step as stacked bars; each segment opens those calls in the audit trail. */
export function OutcomeChart({ data, stepSeconds, onPick }: OutcomeChartProps) {
  const outcomes = [...new Set(data.flatMap((point) => Object.keys(point).filter((k) => k !== "t")))].sort(
    (a, b) => (a === "success" ? -1 : b === "success" ? 1 : a.localeCompare(b)),
  );
  return (
    <Panel className="p-4">
      <h2 className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">Outcomes</h2>
      <div className="h-56 text-zinc-500 dark:text-zinc-400" role="img" aria-label="Outcomes over time">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
            <XAxis
              dataKey="t"
              tickFormatter={(t: string) => formatBucket(t, stepSeconds)}
              stroke="currentColor"
              fontSize={11}
              minTickGap={40}
            />
            <YAxis stroke="currentColor" fontSize={11} width={48} allowDecimals={false} />
            <Tooltip
              labelFormatter={(t) => formatBucket(String(t), stepSeconds)}
              contentStyle={{
                background: "#18181b",
                border: "none",
                borderRadius: 6,
                color: "#fafafa",
                fontSize: 12,
              }}
              labelStyle={{ color: "#e4e4e7" }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {outcomes.map((outcome) => (
              <Bar
                key={outcome}
                dataKey={outcome}
                name={outcome.replace("_", " ")}
                stackId="outcomes"
                fill={COLORS[outcome] ?? "#a1a1aa"}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry) => {
                  const t = (entry as { payload?: { t?: unknown } }).payload?.t;
                  if (typeof t === "string") onPick(t, outcome);
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}
