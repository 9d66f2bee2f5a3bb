import "server-only";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { closeUpstreamClient, openUpstreamClient } from "@/lib/gateway/upstream-connection";
import { isMcpError, isUpstreamConnectError } from "@/lib/gateway/error-brands";
import { listUpstreamCatalog } from "@/lib/gateway/list-upstream-catalog";
import { connectionLabel } from "@/lib/servers/scrub-secrets";
import type { ConnectionErrorKind } from "@/lib/gateway/describe-connection-error";
import { maskUrl } from "@/lib/servers/mask-url";
import { assertCommandAllowed } from "@/lib/servers/command-policy";
import type { Connection } from "@/lib/servers/schemas";

export type ConnectionTestResult =
  | {
      ok: true;
      durationMs: number;
      serverInfo: { name: string; version: string } | null;
      protocolVersion: string | null;
      toolCount: number;
      promptCount: number;
      resourceCount: number;
    }
  | { ok: false; durationMs: number; error: { kind: ConnectionErrorKind; message: string } };

export type TestConnectionOptions = {
  /** A saved server's name and slug; an unsaved connection is named by its masked URL or command. */
  saved?: { id: string; label: string; slug: string };
  by: AuditByActor;
};

const TEST_TIMEOUT_MS = 10_000;

/**
 * Connects once, lists what the server offers, disconnects; says what went wrong if it fails.
 * Every test is audited (it reaches out to a URL or runs a command), with its outcome.
 */
export async function testConnection(
  connection: Connection,
  options: TestConnectionOptions,
): Promise<ConnectionTestResult> {
  const label = options.saved?.label ?? connectionLabel(connection);
  if (connection.transport === "stdio") {
    await assertCommandAllowed(connection.command, {
      action: "test",
      target: options.saved?.slug ?? label,
      serverId: options.saved?.id,
      by: options.by,
    });
  }
  const result = await runTest(connection, label);
  await recordEvent({
    category: "server",
    action: "test",
    result: result.ok ? "success" : "failure",
    actor: options.by.actor,
    serverId: options.saved?.id ?? null,
    target: options.saved?.slug ?? label,
    durationMs: result.durationMs,
    details: {
      transport: connection.transport,
      ...(connection.transport === "stdio"
        ? { command: connection.command }
        : { url: maskUrl(connection.url) }),
      ...(result.ok ? { toolCount: result.toolCount } : { error: result.error }),
    },
    meta: options.by.meta,
  });
  return result;
}

async function runTest(connection: Connection, label: string): Promise<ConnectionTestResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { client, transport } = await openUpstreamClient(connection, label, TEST_TIMEOUT_MS);
    try {
      const catalog = await listUpstreamCatalog(client, TEST_TIMEOUT_MS);
      const info = client.getServerVersion();
      return {
        ok: true,
        durationMs: elapsed(),
        serverInfo: info ? { name: info.name, version: info.version } : null,
        protocolVersion: (transport as { protocolVersion?: string }).protocolVersion ?? null,
        toolCount: catalog.tools.length,
        promptCount: catalog.prompts.length,
        resourceCount: catalog.resources.length,
      };
    } finally {
      await closeUpstreamClient(client, transport);
    }
  } catch (error) {
    if (isUpstreamConnectError(error)) return { ok: false, durationMs: elapsed(), error: error.description };
    // Only the MCP error code: the upstream's own message may quote anything it holds.
    const code = isMcpError(error) ? ` (MCP error ${error.code})` : "";
    return {
      ok: false,
      durationMs: elapsed(),
      error: { kind: "unknown", message: `${label} connected but listing its tools failed${code}.` },
    };
  }
}
