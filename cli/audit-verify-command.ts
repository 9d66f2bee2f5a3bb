import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import type { ChainProblem, ChainVerification } from "@/lib/audit/seal/integrity-types";
import type { Command } from "@/cli/commands";

export const auditVerifyCommand: Command = {
  summary: "Recompute the audit seal chain: exit 0 when it verifies, 1 with the first problem [--json]",
  options: { json: { type: "boolean" } },
  async run(values) {
    const showProgress = !values.json && process.stderr.isTTY;
    const result = await verifyAuditChain({
      onProgress: showProgress ? (checked) => process.stderr.write(`\rchecked ${checked} events…`) : undefined,
    });
    if (showProgress) process.stderr.write("\r\x1b[K");
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else if (result.problem) console.error(describeProblem(result.problem, result.verifiedUpToEventId));
    else console.log(describeSuccess(result));
    return result.ok ? 0 : 1;
  },
};

function describeSuccess(result: ChainVerification): string {
  const unsealed = `${plural(result.unsealedEvents, "event")} not yet sealed`;
  if (result.verifiedUpToEventId === null) return `nothing sealed yet; ${unsealed}`;
  const counts = `${plural(result.sealsChecked, "seal")}, ${plural(result.eventsChecked, "event")}, ${plural(result.tombstonesChecked, "tombstone")}`;
  return `verified up to event ${result.verifiedUpToEventId} (${counts}) in ${(result.durationMs / 1000).toFixed(1)} s; ${unsealed}`;
}

function describeProblem(problem: ChainProblem, verifiedUpToEventId: number | null): string {
  const before = verifiedUpToEventId === null ? "nothing verified before it" : `verified up to event ${verifiedUpToEventId} before it`;
  return `${problem.kind}: ${problem.message}\n(${before})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
