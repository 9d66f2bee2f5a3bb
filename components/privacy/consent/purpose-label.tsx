"use client";

import { usePurposes } from "@/lib/client/privacy/use-purposes";

/** A purpose's name with its key under it; the key alone until the purposes have loaded (or if it was deleted). */
export function PurposeLabel({ purposeKey }: { purposeKey: string }) {
  const { data: purposes } = usePurposes();
  const name = purposes?.find((p) => p.key === purposeKey)?.name;
  return (
    <span className="flex flex-col">
      {name ? <span className="font-medium text-zinc-900 dark:text-zinc-100">{name}</span> : null}
      <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{purposeKey}</span>
    </span>
  );
}
