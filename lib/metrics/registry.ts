import "server-only";
import { collectDefaultMetrics, Registry } from "prom-client";
import { processSingleton } from "@/lib/process-singleton";

// One registry per process (a process singleton): Next's dev server re-evaluates modules on change, and
// registering the same metric names twice throws. The default process and Node.js metrics keep
// their standard names (process_cpu_seconds_total, nodejs_heap_size_used_bytes, …) so that
// ready-made dashboards work.

function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export const metricsRegistry: Registry = processSingleton("metrics.registry", createRegistry);
