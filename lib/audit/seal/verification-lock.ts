// On globalThis so that every bundle of the server process shares the one flag.
import { processSingleton } from "@/lib/process-singleton";
const state = processSingleton("audit.verification-lock", () => ({ running: false }));

/**
 * Claims the process's single verification slot: a release function, or null when a verification
 * is already running. A run reads every event; a second one at the same moment would tell nothing new.
 */
export function tryStartVerification(): (() => void) | null {
  if (state.running) return null;
  state.running = true;
  return () => {
    state.running = false;
  };
}
