// Types only: how the gateway runtime stores what an upstream lists. The runtime is hot-path state
// and must not load database writers or the audit log; the implementation
// (lib/tools/sync-catalog.ts) is passed in where the runtime is created (get-gateway-runtime.ts).
import type { UpstreamCatalog } from "@/lib/gateway/list-upstream-catalog";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";

export type SyncedServer = { id: string; slug: string; autoApprove: boolean };

/** What the upstream reports about itself on connect (MCP initialize). */
export type UpstreamServerInfo = { [key: string]: unknown; capabilities: object };

/** Stores a listed catalog (pinning and review apply) and marks the server synced. */
export type CatalogSync = (
  server: SyncedServer,
  catalog: UpstreamCatalog,
  serverInfo: UpstreamServerInfo,
) => Promise<ToolSyncSummary>;
