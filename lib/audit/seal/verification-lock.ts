// On globalThis so that every bundle of the server process shares the one flag.
const state = globalThis as unknown as { gatehouseVerificationRunning?: boolean };

/**
 * Claims the process's single verification slot: a release function, or null when a verification
 * is already running. A run reads every event; a second one at the same moment would tell nothing new.
 */
export function tryStartVerification(): (() => void) | null {
  if (state.gatehouseVerificationRunning) return null;
  state.gatehouseVerificationRunning = true;
  return () => {
    state.gatehouseVerificationRunning = false;
  };
}
