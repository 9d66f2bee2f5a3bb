const thisYear = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "long" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** A server timestamp as a short local date and time (no year when it is this year). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return (date.getFullYear() === new Date().getFullYear() ? thisYear : otherYear).format(date);
}

/** A server timestamp in full, for a tooltip. */
export function formatFullDateTime(iso: string): string {
  return full.format(new Date(iso));
}

/** A server timestamp as a local date. */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}
