/** "12.3 ms", "1.2 s", or "—" when there is nothing to show. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`;
  return `${ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;
}

/** "4.2 %" of a 0..1 fraction. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return "—";
  return `${(rate * 100).toFixed(rate < 0.001 && rate > 0 ? 2 : 1)} %`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** An axis label for a bucket start: the time of day for short windows, the date for long ones. */
export function formatBucket(iso: string, stepSeconds: number): string {
  const date = new Date(iso);
  if (stepSeconds >= 86_400) return date.toLocaleDateString(undefined, { month: "short", day: "numeric" });
  if (stepSeconds >= 3600)
    return date.toLocaleString(undefined, {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
  return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}
