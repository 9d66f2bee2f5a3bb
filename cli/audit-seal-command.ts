import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import type { Command } from "@/cli/commands";

export const auditSealCommand: Command = {
  summary: "Seal the audit events written since the last seal, now (the server does this every 2 s)",
  options: {},
  async run() {
    const { sealed, seals } = await sealPendingEvents();
    console.log(
      seals === 0
        ? "nothing to seal"
        : `sealed ${sealed} ${sealed === 1 ? "event" : "events"} in ${seals} ${seals === 1 ? "seal" : "seals"}`,
    );
    return 0;
  },
};
