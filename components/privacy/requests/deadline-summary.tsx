import { Link } from "@/components/ui/link";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import { requestsListHref, type DueFilter } from "@/lib/client/privacy/requests/request-filters";
import type { RequestDeadlineSummary } from "@/lib/privacy/requests/request-types";

type Item = { label: string; value: number; due: DueFilter | null; tone: string };

const TONE_TEXT = {
  neutral: "text-zinc-900 dark:text-zinc-50",
  warning: "text-amber-700 dark:text-amber-400",
  danger: "text-red-700 dark:text-red-400",
};

function itemsOf(summary: RequestDeadlineSummary): Item[] {
  return [
    { label: "Open", value: summary.open, due: null, tone: TONE_TEXT.neutral },
    { label: "Due within 7 days", value: summary.due7d, due: "due_7d", tone: TONE_TEXT.warning },
    { label: "Due within 1 day", value: summary.due1d, due: "due_1d", tone: TONE_TEXT.warning },
    { label: "Overdue", value: summary.overdue, due: "overdue", tone: TONE_TEXT.danger },
  ];
}

/**
 * The four deadline figures, each a link into the list filtered to it. A figure is coloured only
 * above zero, so nothing looks alarming when nothing is due.
 */
export type DeadlineSummaryProps = {
  summary: RequestDeadlineSummary;
  /** "tiles": bordered, four across (the list's header); "figures": like the overview's other cards */
  variant?: "tiles" | "figures";
};

export function DeadlineSummary({ summary, variant = "tiles" }: DeadlineSummaryProps) {
  const isTiles = variant === "tiles";
  return (
    <ul
      aria-label="Deadlines"
      className={isTiles ? "grid grid-cols-2 gap-3 sm:grid-cols-4" : "grid grid-cols-2 gap-x-4 gap-y-3"}
    >
      {itemsOf(summary).map((item) => (
        <li key={item.label}>
          <Link
            href={requestsListHref({ due: item.due })}
            className={cn(
              "block h-full rounded-lg",
              isTiles
                ? "border border-zinc-200 bg-white px-3 py-2 hover:border-indigo-300 hover:bg-indigo-50/40 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-indigo-500/50 dark:hover:bg-indigo-500/5"
                : "-m-1 p-1 hover:bg-zinc-50 dark:hover:bg-zinc-800/50",
              focusRing,
            )}
          >
            <span className="block text-xs font-medium text-zinc-500 dark:text-zinc-400">{item.label}</span>
            <span
              className={cn(
                "block font-semibold tabular-nums",
                isTiles ? "text-xl" : "text-2xl",
                item.value > 0 ? item.tone : "text-zinc-500 dark:text-zinc-400",
              )}
            >
              {item.value.toLocaleString()}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
