import type { ReactNode } from "react";

export type DetailItem = { label: string; value: ReactNode };

/** Label/value pairs in two columns. */
export function DetailList({ items }: { items: readonly DetailItem[] }) {
  return (
    <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
      {items.map(({ label, value }) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 text-zinc-900 [overflow-wrap:anywhere] dark:text-zinc-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return <span className="text-zinc-400 dark:text-zinc-500">{children}</span>;
}
