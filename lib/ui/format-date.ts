const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** A server timestamp as a short local date and time; `fallback` when absent. */
export function formatDateTime(iso: string | null, fallback = "Never"): string {
  return iso ? dateTime.format(new Date(iso)) : fallback;
}

/** A server timestamp as a local date; `fallback` when absent. */
export function formatDate(iso: string | null, fallback = "—"): string {
  return iso ? dateOnly.format(new Date(iso)) : fallback;
}
