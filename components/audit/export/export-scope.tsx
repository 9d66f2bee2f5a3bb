"use client";

import { describeExportFilters } from "@/lib/client/audit/describe-export-filters";
import { formatEvents } from "@/lib/client/audit/format-size";
import { useExportCount } from "@/lib/client/audit/use-export-count";

/** What the export will hold: the search's filters in words and how many events match now. */
export function ExportScope({ filtersQuery }: { filtersQuery: string }) {
  const filters = describeExportFilters(filtersQuery);
  const count = useExportCount(filtersQuery, { enabled: true });
  return (
    <div className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm dark:border-zinc-800 dark:bg-zinc-950/40">
      <p className="font-medium text-zinc-900 dark:text-zinc-100" data-testid="export-count">
        {count.isPending
          ? "Counting events…"
          : count.isError
            ? "Could not count the events (the export will say how many)."
            : formatEvents(count.data)}
      </p>
      {filters.length === 0 ? (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">The whole audit trail: no filters are set.</p>
      ) : (
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          {filters.map((filter) => (
            <div key={filter.label} className="contents">
              <dt className="text-zinc-500 dark:text-zinc-400">{filter.label}</dt>
              <dd className="min-w-0 break-words text-zinc-900 dark:text-zinc-100">{filter.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
