import "server-only";
import { log } from "@/lib/log";
import { onChange } from "@/lib/cache/change-feed";
import { GatewayRuntime } from "@/lib/gateway/gateway-runtime";
import { syncCatalog } from "@/lib/tools/sync-catalog";

// Where the runtime is created, and so the one place that gives it the catalog writer.
const globalForGateway = globalThis as unknown as { gatehouseGateway?: Promise<GatewayRuntime> };

/** The loaded runtime; the first call loads it and starts connecting upstreams. */
export function getGatewayRuntime(): Promise<GatewayRuntime> {
  return (globalForGateway.gatehouseGateway ??= (async () => {
    const runtime = new GatewayRuntime(syncCatalog);
    await runtime.reload();
    runtime.connectAll();
    onChange(() =>
      runtime.reload().catch((error) => log.error("gateway reload failed", { error: String(error) })),
    );
    return runtime;
  })().catch((error) => {
    globalForGateway.gatehouseGateway = undefined;
    throw error;
  }));
}

/** The runtime if it is already loaded (for shutdown and change notifications), else null. */
export function loadedGatewayRuntime(): Promise<GatewayRuntime> | null {
  return globalForGateway.gatehouseGateway ?? null;
}
