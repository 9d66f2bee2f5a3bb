import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Context, Span } from "@opentelemetry/api";
import { telemetry, type Telemetry } from "@/lib/telemetry/telemetry";

/**
 * One governed request's trace, carried through its async work: the client's context (from its
 * W3C traceparent), the call's span once something needs it, and the upstream span while the
 * upstream request runs. Only used when telemetry is on; off, every function here returns at once.
 */
type CallTrace = { parent: Context; startTime: number; span: Span | null; upstream: Span | null };

const traces = new AsyncLocalStorage<CallTrace>();

/** Runs a governed request with the client's traceparent (header) as the parent of its call span. */
export function runWithCallTrace<T>(headers: Headers, run: () => Promise<T>): Promise<T> {
  const t = telemetry();
  if (!t) return run();
  const carrier = {
    traceparent: headers.get("traceparent") ?? "",
    tracestate: headers.get("tracestate") ?? "",
  };
  const parent = t.api.propagation.extract(t.api.ROOT_CONTEXT, carrier);
  return traces.run({ parent, startTime: Date.now(), span: null, upstream: null }, run);
}

/** A traceparent in the call's `_meta` counts when the client sent no header. */
export function adoptMetaTraceparent(meta: unknown): void {
  const t = telemetry();
  const trace = t ? traces.getStore() : undefined;
  if (!t || !trace || trace.span || t.api.trace.getSpanContext(trace.parent)) return;
  const traceparent =
    typeof meta === "object" && meta !== null ? Reflect.get(meta, "traceparent") : undefined;
  if (typeof traceparent === "string")
    trace.parent = t.api.propagation.extract(t.api.ROOT_CONTEXT, { traceparent });
}

function callSpanOf(t: Telemetry, trace: CallTrace, name: string): Span {
  trace.span ??= t.tracer.startSpan(
    name,
    { kind: t.api.SpanKind.SERVER, startTime: trace.startTime },
    trace.parent,
  );
  return trace.span;
}

/** Runs the upstream request under a client span, child of the call's; its traceparent goes upstream. */
export async function withUpstreamSpan<T>(server: string, run: () => Promise<T>): Promise<T> {
  const t = telemetry();
  const trace = t ? traces.getStore() : undefined;
  if (!t || !trace) return run();
  const parent = t.api.trace.setSpan(trace.parent, callSpanOf(t, trace, "mcp call"));
  const span = t.tracer.startSpan(
    `upstream ${server}`,
    { kind: t.api.SpanKind.CLIENT, attributes: { "gatehouse.server": server } },
    parent,
  );
  try {
    return await traces.run({ ...trace, upstream: span }, run);
  } catch (error) {
    span.setStatus({ code: t.api.SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** The W3C traceparent for the upstream request running now (header and `_meta`), or undefined. */
export function upstreamTraceparent(): string | undefined {
  const t = telemetry();
  const upstream = t ? traces.getStore()?.upstream : undefined;
  if (!t || !upstream) return undefined;
  const carrier: Record<string, string> = {};
  t.api.propagation.inject(t.api.trace.setSpan(t.api.ROOT_CONTEXT, upstream), carrier);
  return carrier.traceparent;
}

export type CallSpanEnd = {
  name: string;
  attributes: Record<string, string | number>;
  isError: boolean;
};

/** Ends the call's span (made now, dated from the request's start, if nothing needed it before). */
export function endCallSpan(end: CallSpanEnd): void {
  const t = telemetry();
  const trace = t ? traces.getStore() : undefined;
  if (!t || !trace) return;
  const span = callSpanOf(t, trace, end.name);
  span.updateName(end.name);
  span.setAttributes(end.attributes);
  if (end.isError) span.setStatus({ code: t.api.SpanStatusCode.ERROR });
  span.end();
  // A batch's next call gets a span of its own.
  trace.span = null;
  trace.startTime = Date.now();
}
