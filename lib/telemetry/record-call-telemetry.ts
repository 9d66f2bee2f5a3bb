import "server-only";
import { telemetry } from "@/lib/telemetry/telemetry";
import { endCallSpan } from "@/lib/telemetry/call-trace";

export type CallTelemetry = {
  method: string;
  server: string;
  tool: string;
  outcome: string;
  isError: boolean;
  durationMs: number;
  /** the data subject's pseudonym (ds_…), never an identifier */
  subjectId?: string;
  correlationId?: string | null;
};

/** The governed call's span and its OTLP metrics (mcp.tool.calls, .duration, .errors); nothing when off. */
export function recordCallTelemetry(call: CallTelemetry): void {
  const t = telemetry();
  if (!t) return;
  const labels = {
    "gatehouse.server": call.server,
    "gatehouse.tool": call.tool,
    "gatehouse.outcome": call.outcome,
  };
  endCallSpan({
    name: `mcp ${call.method} ${call.server}/${call.tool}`,
    isError: call.isError,
    attributes: {
      ...labels,
      "rpc.method": call.method,
      ...(call.subjectId ? { "gatehouse.subject": call.subjectId } : {}),
      ...(call.correlationId ? { "gatehouse.correlation_id": call.correlationId } : {}),
    },
  });
  t.calls.add(1, labels);
  t.durationMs.record(call.durationMs, labels);
  if (call.isError) t.errors.add(1, labels);
}
