import { readFile } from "node:fs/promises";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { checkExportAnchor } from "@/lib/audit/seal/check-export-anchor";
import { readManifest } from "@/lib/audit/export/read-manifest";
import type { ChainProblem, ChainVerification } from "@/lib/audit/seal/integrity-types";
import type { Command } from "@/cli/commands";

export const auditVerifyCommand: Command = {
  summary:
    "Recompute the audit seal chain: exit 0 when it verifies, 1 with the first problem [--json] [--anchor <export manifest>]…",
  options: { json: { type: "boolean" }, anchor: { type: "string", multiple: true } },
  async run(values) {
    const anchorsHeld = await checkAnchors((values.anchor as string[] | undefined) ?? []);
    if (anchorsHeld === null) return 2;
    const showProgress = !values.json && process.stderr.isTTY;
    const result = await verifyAuditChain({
      onProgress: showProgress
        ? (checked) => process.stderr.write(`\rchecked ${checked} events…`)
        : undefined,
    });
    if (showProgress) process.stderr.write("\r\x1b[K");
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else if (result.problem) console.error(describeProblem(result.problem, result.verifiedUpToEventId));
    else console.log(describeSuccess(result));
    return result.ok && anchorsHeld ? 0 : 1;
  },
};

/**
 * Export manifests kept outside the database anchor the chain's tail: each names a seal and its
 * hash, which must still be there. null: a manifest could not be read (a usage error).
 */
async function checkAnchors(files: string[]): Promise<boolean | null> {
  let allHeld = true;
  for (const file of files) {
    const text = await readFile(file, "utf8").catch(() => null);
    const read = text === null ? { problem: "the file cannot be read" } : readManifest(text);
    if ("problem" in read) {
      console.error(`--anchor ${file}: ${read.problem}`);
      return null;
    }
    const check = await checkExportAnchor(read.manifest);
    if (check.status === "held") console.error(`anchor ${file}: seal ${check.sealId} is still in the chain`);
    else
      console.error(
        `anchor ${file}: ${check.status === "broken" ? "BROKEN" : "not usable"}: ${check.message}`,
      );
    if (check.status !== "held") allHeld = false;
  }
  return allHeld;
}

function describeSuccess(result: ChainVerification): string {
  const unsealed = `${plural(result.unsealedEvents, "event")} not yet sealed`;
  if (result.verifiedUpToEventId === null) return `nothing sealed yet; ${unsealed}`;
  const counts = `${plural(result.sealsChecked, "seal")}, ${plural(result.eventsChecked, "event")}, ${plural(result.tombstonesChecked, "tombstone")}`;
  return `verified up to event ${result.verifiedUpToEventId} (${counts}) in ${(result.durationMs / 1000).toFixed(1)} s; ${unsealed}`;
}

function describeProblem(problem: ChainProblem, verifiedUpToEventId: number | null): string {
  const before =
    verifiedUpToEventId === null
      ? "nothing verified before it"
      : `verified up to event ${verifiedUpToEventId} before it`;
  return `${problem.kind}: ${problem.message}\n(${before})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
