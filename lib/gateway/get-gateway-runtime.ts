import "server-only";
import { log } from "@/lib/log";
import { onChange } from "@/lib/cache/change-feed";
import { GatewayRuntime } from "@/lib/gateway/gateway-runtime";
import { syncCatalog } from "@/lib/tools/sync-catalog";
import { processSingleton } from "@/lib/process-singleton";

// Where the runtime is created, and so the one place that gives it the catalog writer.
const slot = processSingleton<{ runtime: Promise<GatewayRuntime> | null }>("gateway.runtime", () => ({
  runtime: null,
}));

/** The loaded runtime; the first call loads it and starts connecting upstreams. */
export function getGatewayRuntime(): Promise<GatewayRuntime> {
  let stopListening: (() => void) | null = null;
  return (slot.runtime ??= (async () => {
    const runtime = new GatewayRuntime(syncCatalog);
    // Listen before the first load: a change committed while it reads the database (a server
    // registered meanwhile) queues one more load, instead of being missed until the next change.
    stopListening = onChange(() =>
      runtime.reload().catch((error) => log.error("gateway reload failed", { error: String(error) })),
    );
    await runtime.reload();
    runtime.connectAll();
    return runtime;
  })().catch((error) => {
    stopListening?.();
    slot.runtime = null;
    throw error;
  }));
}

/** The runtime if it is already loaded (for shutdown and change notifications), else null. */
export function loadedGatewayRuntime(): Promise<GatewayRuntime> | null {
  return slot.runtime;
}
