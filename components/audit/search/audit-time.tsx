// Event times in the browser's local time, to the second; the stored ISO instant on hover.
const thisYear = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const otherYear = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const full = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "long" });

export function formatEventTime(iso: string): string {
  const date = new Date(iso);
  return (date.getFullYear() === new Date().getFullYear() ? thisYear : otherYear).format(date);
}

export function formatEventTimeInFull(iso: string): string {
  return full.format(new Date(iso));
}

export function AuditTime({ iso, isFull = false }: { iso: string; isFull?: boolean }) {
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap tabular-nums">
      {isFull ? formatEventTimeInFull(iso) : formatEventTime(iso)}
    </time>
  );
}
