import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names, skipping falsy ones; when two Tailwind classes set the same property
 * (`px-2` then `px-4`) the later one wins, so a caller's `className` overrides a part's defaults.
 */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values));
}
