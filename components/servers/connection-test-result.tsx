import { CheckCircle2 } from "lucide-react";
import { InlineAlert } from "@/components/ui/inline-alert";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";

const KIND_LABELS: Record<string, string> = {
  bad_url: "bad URL",
  refused: "connection refused",
  not_found: "host not found",
  not_mcp: "not an MCP server",
  auth: "credentials refused",
  timeout: "timed out",
  spawn_failed: "could not start",
  exited: "exited early",
  blocked: "address not allowed",
  unknown: "error",
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** What "Test connection" found: who answered and what it offers, or why it failed. */
export function ConnectionTestResultView({ result }: { result: ConnectionTestResult }) {
  if (!result.ok) {
    return (
      <InlineAlert>
        <p className="font-medium" data-testid="connection-test-kind">
          Connection failed: {KIND_LABELS[result.error.kind] ?? result.error.kind}{" "}
          <span className="font-normal opacity-80">({result.durationMs} ms)</span>
        </p>
        <p className="mt-0.5 [overflow-wrap:anywhere] whitespace-pre-wrap">{result.error.message}</p>
      </InlineAlert>
    );
  }
  const info = result.serverInfo;
  return (
    <div
      role="status"
      className="flex gap-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-200"
    >
      <CheckCircle2 className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">
        <p className="font-medium">
          Connected in {result.durationMs} ms
          {info ? (
            <>
              {" "}
              to <span className="[overflow-wrap:anywhere]">{info.name}</span>
              {info.version ? ` ${info.version}` : ""}
            </>
          ) : null}
        </p>
        <p className="mt-0.5">
          {result.protocolVersion ? `Protocol ${result.protocolVersion} · ` : ""}
          {plural(result.toolCount, "tool")}, {plural(result.promptCount, "prompt")},{" "}
          {plural(result.resourceCount, "resource")}
        </p>
      </div>
    </div>
  );
}
