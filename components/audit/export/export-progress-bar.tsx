import { cn } from "@/lib/client/cn";

export type ExportProgressBarProps = { value: number | null; label: string };

/** A determinate bar (0–1), or an indeterminate stripe when the total is unknown. */
export function ExportProgressBar({ value, label }: ExportProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      className="h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
    >
      <div
        className={cn(
          "h-full rounded-full bg-indigo-600 transition-[width] duration-150 dark:bg-indigo-400",
          percent === null && "w-1/3 animate-pulse",
        )}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
