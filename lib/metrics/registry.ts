import "server-only";
import { collectDefaultMetrics, Registry } from "prom-client";

// One registry per process, on globalThis: Next's dev server re-evaluates modules on change, and
// registering the same metric names twice throws. The default process and Node.js metrics keep
// their standard names (process_cpu_seconds_total, nodejs_heap_size_used_bytes, …) so that
// ready-made dashboards work.
const globalForMetrics = globalThis as unknown as { gatehouseMetricsRegistry?: Registry };

function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export const metricsRegistry: Registry = (globalForMetrics.gatehouseMetricsRegistry ??= createRegistry());
