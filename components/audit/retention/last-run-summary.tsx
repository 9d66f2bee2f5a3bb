"use client";

import { History } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Timestamp } from "@/components/ui/timestamp";
import type { RetentionRunSummary } from "@/lib/audit/retention/retention-views";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";

/** What the last retention run did, class by class. */
export function LastRunSummary({
  lastRun,
  classes,
}: {
  lastRun: RetentionRunSummary | null;
  classes: readonly RetentionClassView[];
}) {
  if (!lastRun) {
    return (
      <EmptyState icon={History} title="Retention has not run yet">
        It runs once a day, and about a minute after the server starts when the last run is more than a day
        old.
      </EmptyState>
    );
  }
  const labelOf = (key: string) => classes.find((c) => c.key === key)?.label ?? key;
  const total = lastRun.classes.reduce((sum, c) => sum + c.purged, 0);
  const heldBack = lastRun.classes.reduce((sum, c) => sum + c.heldBack, 0);
  return (
    <div className="space-y-3 p-5 text-sm" data-testid="retention-last-run">
      <p className="text-zinc-700 dark:text-zinc-300">
        <Timestamp iso={lastRun.ranAt} /> · {lastRun.trigger === "manual" ? "run by hand" : "scheduled run"} ·{" "}
        {lastRun.sealedUpToId > 0
          ? `events up to #${lastRun.sealedUpToId} were sealed and could be purged`
          : "no events were sealed yet, so none could be purged"}
      </p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {lastRun.classes.map((c) => (
          <li key={c.policy} className="rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
            <span className="block text-xs font-medium text-zinc-500 dark:text-zinc-400">
              {labelOf(c.policy)}
            </span>
            <span className="block text-zinc-900 tabular-nums dark:text-zinc-100">
              {c.purged.toLocaleString()} {c.mode === "drop_payload" ? "stripped of arguments" : "deleted"}
            </span>
            {c.heldBack > 0 ? (
              <span className="block text-xs text-amber-700 tabular-nums dark:text-amber-300">
                {c.heldBack.toLocaleString()} kept by legal holds
              </span>
            ) : null}
            <span className="block text-xs text-zinc-500 dark:text-zinc-400">
              Due before <Timestamp iso={c.cutoff} dateOnly />
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {total === 0 ? "Nothing was due." : `${total.toLocaleString()} events purged in all.`}
        {heldBack > 0 ? ` ${heldBack.toLocaleString()} due events kept by legal holds.` : ""}
      </p>
    </div>
  );
}
