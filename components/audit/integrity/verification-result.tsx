import { ShieldAlert, ShieldCheck, ShieldQuestion } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Timestamp } from "@/components/ui/timestamp";
import { PROBLEM_KIND_LABELS } from "@/lib/client/audit/problem-kind-labels";
import type { VerificationView } from "@/lib/audit/seal/integrity-types";

/** The last verification: verified up to an event (green), or the first problem found (red). */
export function VerificationResult({ verification }: { verification: VerificationView | null }) {
  if (!verification) {
    return (
      <EmptyState icon={ShieldQuestion} title="Not verified yet">
        Verify the chain to check that no sealed event or seal was edited, deleted or inserted.
      </EmptyState>
    );
  }
  const { problem } = verification;
  const counts = `${plural(verification.sealsChecked, "seal")}, ${plural(verification.eventsChecked, "event")} and ${plural(verification.tombstonesChecked, "tombstone")} checked in ${formatDuration(verification.durationMs)}.`;
  const unsealed =
    verification.unsealedEvents > 0
      ? ` ${plural(verification.unsealedEvents, "newer event")} ${verification.unsealedEvents === 1 ? "was" : "were"} not sealed yet.`
      : "";

  return (
    <div className="space-y-3 p-5" data-testid="verification-result">
      {problem ? (
        <div
          role="alert"
          className="flex gap-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
        >
          <ShieldAlert className="mt-0.5 size-5 shrink-0 text-red-600 dark:text-red-400" aria-hidden="true" />
          <div className="min-w-0 space-y-1.5">
            <p className="font-semibold">Integrity problem: {PROBLEM_KIND_LABELS[problem.kind]}</p>
            <div className="flex flex-wrap gap-1.5">
              <Badge tone="danger">{problem.kind}</Badge>
              {problem.eventId !== undefined ? <Badge tone="danger">Event #{problem.eventId}</Badge> : null}
              {problem.sealId !== undefined ? <Badge tone="danger">Seal #{problem.sealId}</Badge> : null}
            </div>
            <p className="text-sm">{problem.message}</p>
            <p className="text-sm text-red-800 dark:text-red-200">
              {verification.verifiedUpToEventId === null
                ? "Nothing before it could be verified."
                : `The chain verified up to event ${verification.verifiedUpToEventId.toLocaleString()} before it.`}
            </p>
          </div>
        </div>
      ) : (
        <div className="flex gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-100">
          <ShieldCheck
            className="mt-0.5 size-5 shrink-0 text-emerald-600 dark:text-emerald-400"
            aria-hidden="true"
          />
          <div className="min-w-0">
            <p className="font-semibold">
              {verification.verifiedUpToEventId === null
                ? "Nothing was sealed yet, so there was nothing to verify"
                : `Verified up to event ${verification.verifiedUpToEventId.toLocaleString()}`}
            </p>
            <p className="mt-1 text-sm text-emerald-800 dark:text-emerald-200">
              {counts}
              {unsealed}
            </p>
          </div>
        </div>
      )}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Run by {verification.byLabel}, <Timestamp iso={verification.verifiedAt} />.
      </p>
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? "" : "s"}`;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
