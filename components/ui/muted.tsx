import type { ReactNode } from "react";

/** Secondary text inside a value: "None", "Off (disabled)". */
export function Muted({ children }: { children: ReactNode }) {
  return <span className="text-zinc-400 dark:text-zinc-500">{children}</span>;
}
