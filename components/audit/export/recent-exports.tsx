"use client";

import { FileDown } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Timestamp } from "@/components/ui/timestamp";
import { formatEvents } from "@/lib/client/audit/format-size";
import { manifestUrl } from "@/lib/client/audit/manifest-url";
import { useAuditExports } from "@/lib/client/audit/use-audit-exports";

const STATUS_TONE: Record<string, BadgeTone> = { complete: "success", running: "info", failed: "danger" };
const STATUS_TEXT: Record<string, string> = {
  complete: "Complete",
  running: "Running",
  failed: "Cancelled or failed",
};

/** The last few exports, with their manifests: a manifest can be fetched again later. */
export function RecentExports({ limit = 5 }: { limit?: number }) {
  const exports = useAuditExports({ enabled: true });
  if (exports.isPending || exports.isError || exports.data.length === 0) return null;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-zinc-700 dark:text-zinc-300">
        Recent exports
      </summary>
      <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Recent exports">
        {exports.data.slice(0, limit).map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <Timestamp iso={item.createdAt} />
            <span className="font-mono text-xs text-zinc-500 uppercase">{item.format}</span>
            <span className="text-zinc-700 dark:text-zinc-300">{formatEvents(item.rowCount)}</span>
            <Badge tone={STATUS_TONE[item.status] ?? "neutral"}>
              {STATUS_TEXT[item.status] ?? item.status}
            </Badge>
            <span className="min-w-0 truncate text-zinc-500 dark:text-zinc-400">
              {item.createdBy.label ?? ""}
            </span>
            {item.status === "complete" ? (
              <a
                href={manifestUrl(item.id)}
                className="ml-auto inline-flex items-center gap-1 text-indigo-700 hover:underline dark:text-indigo-300"
              >
                <FileDown className="size-3.5" aria-hidden="true" />
                Manifest
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
