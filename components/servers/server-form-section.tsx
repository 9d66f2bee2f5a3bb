import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** A titled block of the server form. */
export function ServerFormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Panel className="p-5">
      <h2 className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">{title}</h2>
      {description ? <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </Panel>
  );
}
