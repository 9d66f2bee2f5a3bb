import "server-only";
import { db } from "@/lib/db";
import type { CatalogSync } from "@/lib/gateway/catalog-sync";
import { syncPrompts, syncResources } from "@/lib/tools/sync-prompts-and-resources";
import { syncTools } from "@/lib/tools/sync-tools";

/** The gateway runtime's CatalogSync: tools (with pinning, review and audit), prompts, resources. */
export const syncCatalog: CatalogSync = async (server, catalog, serverInfo) => {
  const summary = await syncTools(server, catalog.tools);
  await syncPrompts(server.id, catalog.prompts);
  await syncResources(server.id, catalog.resources, catalog.templates);
  await db.upstreamServer.update({
    where: { id: server.id },
    data: { lastSyncedAt: new Date(), serverInfo: serverInfo as object },
  });
  return summary;
};
