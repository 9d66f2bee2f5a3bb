import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/client/cn";

/** A full-width data table that scrolls sideways on narrow screens. */
export function Table({ label, children }: { label: string; children: ReactNode }) {
  return (
    // relative: sr-only (absolute) cells stay inside the scroller instead of widening the page.
    <div className="relative overflow-x-auto">
      <table aria-label={label} className="w-full border-collapse text-left text-sm">
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
      {children}
    </thead>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cn("px-3 py-2.5 font-medium whitespace-nowrap first:pl-4 last:pr-4", className)}
      {...props}
    />
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">{children}</tbody>;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td
      className={cn(
        "px-3 py-3 align-middle text-zinc-700 first:pl-4 last:pr-4 dark:text-zinc-300",
        className,
      )}
      {...props}
    />
  );
}
