import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";

export type DetailItem = { label: string; value: ReactNode };

export type DetailListProps = {
  /** Falsy entries are skipped, so an optional row reads `cond ? { label, value } : null`. */
  items: readonly (DetailItem | false | null | undefined)[];
  /** Shown for a row whose value is null or undefined (for example a muted dash). */
  placeholder?: ReactNode;
  /** Overrides the defaults, for example the label column's width (`grid-cols-[9rem_minmax(0,1fr)]`). */
  className?: string;
};

/** Label/value pairs in two columns. */
export function DetailList({ items, placeholder = null, className }: DetailListProps) {
  return (
    <dl className={cn("grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm", className)}>
      {items.map((item) =>
        item ? (
          <div key={item.label} className="contents">
            <dt className="text-zinc-500 dark:text-zinc-400">{item.label}</dt>
            <dd className="min-w-0 text-zinc-900 [overflow-wrap:anywhere] dark:text-zinc-100">
              {item.value ?? placeholder}
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
