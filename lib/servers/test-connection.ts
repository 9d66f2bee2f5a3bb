import "server-only";
import { closeUpstreamClient, openUpstreamClient } from "@/lib/gateway/upstream-connection";
import { isUpstreamConnectError } from "@/lib/gateway/error-brands";
import { listUpstreamCatalog } from "@/lib/gateway/list-upstream-catalog";
import type { ConnectionErrorKind } from "@/lib/gateway/describe-connection-error";
import type { Connection } from "@/lib/servers/schemas";

export type ConnectionTestResult =
  | { ok: true; durationMs: number; serverInfo: { name: string; version: string } | null; protocolVersion: string | null; toolCount: number; promptCount: number; resourceCount: number }
  | { ok: false; durationMs: number; error: { kind: ConnectionErrorKind; message: string } };

const TEST_TIMEOUT_MS = 10_000;

/** Connects once, lists what the server offers, disconnects; says what went wrong if it fails. */
export async function testConnection(connection: Connection, label: string): Promise<ConnectionTestResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { client, transport } = await openUpstreamClient(connection, label, TEST_TIMEOUT_MS);
    try {
      const catalog = await listUpstreamCatalog(client, TEST_TIMEOUT_MS);
      const info = client.getServerVersion();
      return {
        ok: true, durationMs: elapsed(), serverInfo: info ? { name: info.name, version: info.version } : null,
        protocolVersion: (transport as { protocolVersion?: string }).protocolVersion ?? null,
        toolCount: catalog.tools.length, promptCount: catalog.prompts.length, resourceCount: catalog.resources.length,
      };
    } finally {
      await closeUpstreamClient(client, transport);
    }
  } catch (error) {
    if (isUpstreamConnectError(error)) return { ok: false, durationMs: elapsed(), error: error.description };
    return { ok: false, durationMs: elapsed(), error: { kind: "unknown", message: `${label} connected but listing its tools failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}` } };
  }
}
