import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

export type EditorSectionProps = { id: string; title: string; description?: ReactNode; children: ReactNode };

/** A titled panel of the role editor; the heading names the region for screen readers. */
export function EditorSection({ id, title, description, children }: EditorSectionProps) {
  return (
    <Panel>
      <section aria-labelledby={id}>
        <header className="border-b border-zinc-100 px-5 py-3.5 dark:border-zinc-800">
          <h2 id={id} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
            {title}
          </h2>
          {description ? (
            <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
          ) : null}
        </header>
        <div className="px-5 py-4">{children}</div>
      </section>
    </Panel>
  );
}
