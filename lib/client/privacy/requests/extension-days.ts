// The console's side of the extension limit (Art. 12(3)); the server checks the same and has the last word.
import { addDays, MAX_EXTENSION_DAYS } from "@/lib/privacy/requests/request-deadlines";

const DAY_MS = 86_400_000;

/** How many more days this request's deadline may be extended by (0 when the limit is reached). */
export function remainingExtensionDays(initialDueAt: string, dueAt: string): number {
  const used = Math.round((Date.parse(dueAt) - Date.parse(initialDueAt)) / DAY_MS);
  return Math.max(0, MAX_EXTENSION_DAYS - used);
}

/** The due date after extending by `days`, as an ISO string. */
export function extendedDueAt(dueAt: string, days: number): string {
  return addDays(new Date(dueAt), days).toISOString();
}
