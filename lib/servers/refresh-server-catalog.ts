import "server-only";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { isUpstreamConnectError } from "@/lib/gateway/error-brands";
import { getServerOrThrow } from "@/lib/servers/list-servers";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";

/** Refreshes a server's catalog on demand; connection failures come back as a 502 that says why. */
export async function refreshServerCatalog(id: string, by: AuditByActor): Promise<ToolSyncSummary> {
  const server = await getServerOrThrow(id);
  if (!server.isEnabled)
    throw new AppError("conflict", `${server.name} is disabled; enable it to refresh its tools.`);
  const runtime = await getGatewayRuntime();
  try {
    const summary = await runtime.refreshServer(id);
    await recordEvent({
      category: "server",
      action: "refresh",
      result: "success",
      actor: by.actor,
      serverId: id,
      target: server.slug,
      details: { ...summary },
      meta: by.meta,
    });
    return summary;
  } catch (error) {
    const message = isUpstreamConnectError(error)
      ? error.description.message
      : `Refreshing ${server.name} failed.`;
    await recordEvent({
      category: "server",
      action: "refresh",
      result: "failure",
      actor: by.actor,
      serverId: id,
      target: server.slug,
      details: { error: message },
      meta: by.meta,
    });
    throw new AppError("dependency_failure", message);
  }
}
