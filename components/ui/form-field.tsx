"use client";

import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

export type FormFieldProps = {
  id: string;
  label: string;
  /** Shown under the input in muted text. */
  hint?: string;
  /** Shown under the input in red, announced to screen readers via aria-describedby. */
  error?: string;
  children: ReactNode;
};

/** A label, its input (children, which should use `id` and `describedBy(id)`), a hint and an error. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The aria-describedby value for an input inside a FormField. */
export function describedBy(id: string, options: { error?: string; hint?: string }): string | undefined {
  if (options.error) return `${id}-error`;
  if (options.hint) return `${id}-hint`;
  return undefined;
}
