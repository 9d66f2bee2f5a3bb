import { ArrowRight, type LucideIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { focusRing } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { cn } from "@/lib/client/cn";

export type OverviewCardProps = {
  id: string;
  title: string;
  icon: LucideIcon;
  /** Where the figures come from, e.g. "Last 24 hours". */
  subtitle?: string;
  link?: { href: string; label: string };
  className?: string;
  children: ReactNode;
};

/** One figure group on the overview, named as a region, with a link to the page behind it. */
export function OverviewCard({
  id,
  title,
  icon: Icon,
  subtitle,
  link,
  className,
  children,
}: OverviewCardProps) {
  return (
    <Panel className={cn("flex flex-col", className)}>
      <section aria-labelledby={id} className="flex flex-1 flex-col p-5">
        <header className="mb-4 flex items-start justify-between gap-3">
          <div>
            <h2
              id={id}
              className="flex items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-50"
            >
              <Icon className="size-4 text-zinc-500 dark:text-zinc-400" aria-hidden="true" />
              {title}
            </h2>
            {subtitle ? <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{subtitle}</p> : null}
          </div>
        </header>
        <div className="flex-1">{children}</div>
        {link ? (
          <Link
            href={link.href}
            className={cn(
              "mt-4 inline-flex items-center gap-1 self-start rounded text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300",
              focusRing,
            )}
          >
            {link.label}
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        ) : null}
      </section>
    </Panel>
  );
}

export type FigureTone = "neutral" | "success" | "warning" | "danger" | "muted";

const toneText: Record<FigureTone, string> = {
  neutral: "text-zinc-900 dark:text-zinc-50",
  success: "text-emerald-700 dark:text-emerald-400",
  warning: "text-amber-700 dark:text-amber-400",
  danger: "text-red-700 dark:text-red-400",
  muted: "text-zinc-500 dark:text-zinc-400",
};

/** A labelled number; the tone only colours figures above zero, so a zero never looks alarming. */
export function Figure({
  label,
  value,
  tone = "neutral",
  size = "md",
}: {
  label: string;
  value: number;
  tone?: FigureTone;
  size?: "md" | "lg";
}) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd
        className={cn(
          "font-semibold tabular-nums",
          size === "lg" ? "text-3xl" : "text-2xl",
          value > 0 ? toneText[tone] : toneText.muted,
        )}
      >
        {value.toLocaleString()}
      </dd>
    </div>
  );
}
