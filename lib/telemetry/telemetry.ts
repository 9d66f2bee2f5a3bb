import "server-only";
import type { Counter, Histogram, Tracer } from "@opentelemetry/api";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { processSingleton } from "@/lib/process-singleton";

/** What the gateway records into when OpenTelemetry export is on. */
export type Telemetry = {
  api: typeof import("@opentelemetry/api");
  tracer: Tracer;
  calls: Counter;
  durationMs: Histogram;
  errors: Counter;
  shutdown(): Promise<void>;
};

const state = processSingleton("telemetry", () => ({
  telemetry: null as Telemetry | null,
  starting: null as Promise<void> | null,
}));

/** The started telemetry, or null: off (no OTEL_EXPORTER_OTLP_ENDPOINT) costs the gateway this one check. */
export function telemetry(): Telemetry | null {
  return state.telemetry;
}

function endpoint(path: string): string {
  return `${env.OTEL_EXPORTER_OTLP_ENDPOINT!.replace(/\/+$/, "")}${path}`;
}

// The SDK is imported only when export is configured, so a Gatehouse without it loads none of it.
async function create(): Promise<Telemetry> {
  const [api, core, resources, trace, metrics, traceExporter, metricExporter] = await Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/core"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace"),
    import("@opentelemetry/sdk-metrics"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/exporter-metrics-otlp-http"),
  ]);
  const resource = resources.resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME });
  const tracerProvider = new trace.TracerProvider({
    resource,
    spanProcessors: [
      new trace.BatchSpanProcessor({
        exporter: new traceExporter.OTLPTraceExporter({ url: endpoint("/v1/traces") }),
      }),
    ],
  });
  const meterProvider = new metrics.MeterProvider({
    resource,
    readers: [
      new metrics.PeriodicExportingMetricReader({
        exporter: new metricExporter.OTLPMetricExporter({ url: endpoint("/v1/metrics") }),
        exportIntervalMillis: env.OTEL_METRIC_EXPORT_INTERVAL,
      }),
    ],
  });
  api.propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  const meter = meterProvider.getMeter("gatehouse");
  return {
    api,
    tracer: tracerProvider.getTracer("gatehouse"),
    calls: meter.createCounter("mcp.tool.calls", {
      description: "Governed MCP calls by server, tool and outcome",
    }),
    durationMs: meter.createHistogram("mcp.tool.duration", {
      description: "Time from receiving a governed call to its answer",
      unit: "ms",
    }),
    errors: meter.createCounter("mcp.tool.errors", { description: "Governed calls that ended in an error" }),
    async shutdown() {
      await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
    },
  };
}

/** Starts export once per process when OTEL_EXPORTER_OTLP_ENDPOINT is set; a failure is logged, never thrown. */
export function startTelemetry(): Promise<void> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return Promise.resolve();
  state.starting ??= create().then(
    (created) => {
      state.telemetry = created;
      log.info("OpenTelemetry export on", { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
    },
    (error) => log.error("OpenTelemetry failed to start", errorFields(error)),
  );
  return state.starting;
}

/** Sends what is buffered (spans, the last metrics) and stops export. */
export async function stopTelemetry(): Promise<void> {
  const current = state.telemetry;
  state.telemetry = null;
  state.starting = null;
  await current?.shutdown();
}
