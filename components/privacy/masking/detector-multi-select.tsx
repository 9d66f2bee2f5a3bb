"use client";

import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/client/cn";
import { useDetectors } from "@/lib/client/privacy/use-detectors";

const checkbox =
  "mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** Which detectors' findings the policy masks; none checked means every detector. */
export function DetectorMultiSelect({
  value,
  onChange,
  error,
  disabled,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  const detectors = useDetectors();
  const selected = new Set(value);

  function toggle(id: string, isChecked: boolean) {
    const next = new Set(selected);
    if (isChecked) next.add(id);
    else next.delete(id);
    onChange([...next]);
  }

  return (
    <fieldset
      aria-describedby={error ? "policy-detectors-error" : "policy-detectors-hint"}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Detectors</legend>
      {detectors.isPending ? (
        <div className="space-y-2">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : detectors.isError ? (
        <p className="text-sm text-red-600 dark:text-red-400">
          Could not load detectors: {detectors.error.message}
        </p>
      ) : (
        <div
          className={cn(
            "grid max-h-52 gap-x-2 gap-y-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2",
            error ? "border-red-500" : "border-zinc-200 dark:border-zinc-700",
          )}
        >
          <label className="flex cursor-pointer items-start gap-2.5 rounded px-1.5 py-1 hover:bg-zinc-50 sm:col-span-2 dark:hover:bg-zinc-800/60">
            <input
              type="checkbox"
              checked={selected.size === 0}
              onChange={(e) => e.currentTarget.checked && onChange([])}
              className={checkbox}
            />
            <span className="text-sm font-medium text-zinc-900 dark:text-zinc-100">All detectors</span>
          </label>
          {detectors.data.map((detector) => (
            <label
              key={detector.id}
              className="flex cursor-pointer items-start gap-2.5 rounded px-1.5 py-1 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
            >
              <input
                type="checkbox"
                checked={selected.has(detector.id)}
                onChange={(e) => toggle(detector.id, e.currentTarget.checked)}
                className={checkbox}
              />
              <span className="min-w-0 text-sm text-zinc-900 dark:text-zinc-100">
                {detector.name} {detector.isBuiltIn ? null : <Badge>custom</Badge>}
                {detector.isEnabled ? null : (
                  <span className="text-xs text-zinc-500 dark:text-zinc-400"> (off)</span>
                )}
              </span>
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id="policy-detectors-error" className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id="policy-detectors-hint" className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          Only what these detectors find is masked. “All detectors” includes ones added later.
        </p>
      )}
    </fieldset>
  );
}
