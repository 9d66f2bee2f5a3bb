import { Info } from "lucide-react";

/** How the gateway picks, for each value it finds, the policy that masks it. */
export function PrecedenceNote() {
  return (
    <div
      role="note"
      className="flex gap-3 rounded-lg border border-indigo-200 bg-indigo-50/60 p-4 text-sm text-indigo-950 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-100"
    >
      <Info className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="space-y-1">
        <p className="font-medium">
          Each value found is masked by the most specific enabled policy whose detectors cover it.
        </p>
        <p>
          A policy for the caller&apos;s role (or a role it inherits from) beats one for every caller; then a
          policy naming the exact tool beats one with a pattern. The table lists policies in that order. A
          value no policy covers passes unmasked; strategy “None” lets values pass on purpose, for example for
          people holding privacy:reveal.
        </p>
      </div>
    </div>
  );
}
