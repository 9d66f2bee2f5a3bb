import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** A titled panel on the tool page. */
export function ToolSection({
  title,
  id,
  actions,
  children,
}: {
  title: string;
  id: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Panel className="p-5">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id={id} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
            {title}
          </h2>
          {actions}
        </div>
        {children}
      </Panel>
    </section>
  );
}
