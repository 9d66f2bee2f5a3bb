import { formatDate, formatDateTime, formatFullDateTime } from "@/lib/client/format-date";

export type TimestampProps = {
  iso: string | null;
  /** Shown (muted) when there is no timestamp. */
  fallback?: string;
  dateOnly?: boolean;
};

/** A <time> element with a short local rendering and the full timestamp as its tooltip. */
export function Timestamp({ iso, fallback = "Never", dateOnly = false }: TimestampProps) {
  if (!iso) return <span className="text-zinc-400 dark:text-zinc-500">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatFullDateTime(iso)}>
      {dateOnly ? formatDate(iso) : formatDateTime(iso)}
    </time>
  );
}
