import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";
import { cn } from "@/lib/client/cn";

export type PrivacySectionProps = {
  title: string;
  id: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** True for a table that runs to the panel's edges. */
  isFlush?: boolean;
  children: ReactNode;
};

/** A titled panel on a privacy page. */
export function PrivacySection({
  title,
  id,
  description,
  actions,
  isFlush = false,
  children,
}: PrivacySectionProps) {
  return (
    <section aria-labelledby={id}>
      <Panel className={cn(isFlush ? "overflow-hidden" : "p-5")}>
        <div
          className={cn("flex flex-wrap items-start justify-between gap-2", isFlush ? "p-5 pb-3" : "mb-3")}
        >
          <div>
            <h2 id={id} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
              {title}
            </h2>
            {description ? (
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
            ) : null}
          </div>
          {actions}
        </div>
        {children}
      </Panel>
    </section>
  );
}
