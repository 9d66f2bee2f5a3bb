// Set once SIGTERM/SIGINT handling has stopped the upstreams. Kept on globalThis because the
// handler (instrumentation's bundle) and the routes (their own bundles) do not share modules.
import { processSingleton } from "@/lib/process-singleton";
const state = processSingleton("shutdown-state", () => ({ shuttingDown: false }));

export function markShuttingDown(): void {
  state.shuttingDown = true;
}

export function isShuttingDown(): boolean {
  return state.shuttingDown;
}
