// Words for a server's health and breaker state, shared by the list and the detail page.
export type HealthStatus = "unknown" | "healthy" | "degraded" | "down";
export type BreakerState = "closed" | "open" | "half_open";

export const HEALTH_LABELS: Record<HealthStatus, string> = {
  unknown: "Unknown",
  healthy: "Healthy",
  degraded: "Degraded",
  down: "Down",
};

export const BREAKER_LABELS: Record<BreakerState, string> = {
  closed: "Closed",
  open: "Open",
  half_open: "Half-open",
};

export const BREAKER_HINTS: Record<BreakerState, string> = {
  closed: "Calls pass through normally.",
  open: "Calls are refused at once after repeated failures; trial calls start after the cool-down.",
  half_open: "A few trial calls are let through; successes close the circuit again.",
};

export function toHealthStatus(value: string): HealthStatus {
  return value === "healthy" || value === "degraded" || value === "down" ? value : "unknown";
}

/** The serverInfo an upstream reported at initialize, if it has the usual shape. */
export function readServerInfo(
  info: unknown,
): { name: string; title: string | null; version: string | null } | null {
  if (typeof info !== "object" || info === null) return null;
  const record: Record<string, unknown> = { ...info };
  if (typeof record.name !== "string") return null;
  return {
    name: record.name,
    title: typeof record.title === "string" ? record.title : null,
    version: typeof record.version === "string" ? record.version : null,
  };
}

export const TRANSPORT_LABELS: Record<string, string> = {
  stdio: "stdio",
  streamable_http: "Streamable HTTP",
  sse: "SSE",
};
