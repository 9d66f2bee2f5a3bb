"use client";

import { KeyActions } from "@/components/keys/key-actions";
import { KeyStatusBadge } from "@/components/keys/key-status-badge";
import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import type { KeyView } from "@/lib/keys/key-view-type";
import { Timestamp } from "@/components/ui/timestamp";

const muted = "text-zinc-400 dark:text-zinc-500";

export function KeyRow({ apiKey, canWrite }: { apiKey: KeyView; canWrite: boolean }) {
  return (
    <tr className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
      <Td className="max-w-64 min-w-44">
        <span className="block font-medium [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">
          {apiKey.name}
        </span>
        <span
          className="block truncate text-xs text-zinc-500 dark:text-zinc-400"
          title={apiKey.owner ? `Belongs to ${apiKey.owner}` : "Belongs to no user: refused"}
        >
          <code className="font-mono">{apiKey.prefix}…</code>
          {apiKey.owner ? <> · owner {apiKey.owner}</> : <> · no owner</>}
        </span>
      </Td>
      <Td>
        <span className="flex flex-wrap gap-1">
          {apiKey.roles.map((r) => (
            <Badge key={r} tone="info">
              {r}
            </Badge>
          ))}
        </span>
      </Td>
      <Td>
        <KeyStatusBadge status={apiKey.status} />
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp iso={apiKey.expiresAt} dateOnly />
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp iso={apiKey.lastUsedAt} />
      </Td>
      <Td className="whitespace-nowrap tabular-nums">
        {apiKey.rateLimitPerMinute ? (
          `${apiKey.rateLimitPerMinute.toLocaleString()}/min`
        ) : (
          <span className={muted} title="Uses its roles' limit or the gateway default">
            Roles&apos; limit
          </span>
        )}
      </Td>
      {canWrite ? (
        <Td className="text-right">
          <KeyActions apiKey={apiKey} />
        </Td>
      ) : null}
    </tr>
  );
}
