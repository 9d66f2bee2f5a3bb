// Set once SIGTERM/SIGINT handling has stopped the upstreams. Kept on globalThis because the
// handler (instrumentation's bundle) and the routes (their own bundles) do not share modules.
const state = globalThis as unknown as { gatehouseShuttingDown?: boolean };

export function markShuttingDown(): void {
  state.gatehouseShuttingDown = true;
}

export function isShuttingDown(): boolean {
  return state.gatehouseShuttingDown === true;
}
