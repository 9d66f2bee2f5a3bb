import type { ComponentProps } from "react";
import { cn } from "@/lib/client/cn";

export type SelectProps = ComponentProps<"select"> & { hasError?: boolean };

/** A native <select> styled like Input: the browser's own keyboard handling and screen-reader support. */
export function Select({ className, hasError = false, ...props }: SelectProps) {
  return (
    <select
      aria-invalid={hasError || undefined}
      className={cn(
        "block h-9 w-full rounded-md border bg-white px-2.5 text-sm text-zinc-900 shadow-sm",
        "focus:outline-2 focus:outline-offset-0 focus:outline-indigo-600 dark:bg-zinc-900 dark:text-zinc-100 dark:focus:outline-indigo-400",
        "disabled:cursor-not-allowed disabled:opacity-60",
        hasError ? "border-red-500 dark:border-red-500" : "border-zinc-300 dark:border-zinc-700",
        className,
      )}
      {...props}
    />
  );
}
