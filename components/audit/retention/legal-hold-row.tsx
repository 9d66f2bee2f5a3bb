"use client";

import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";
import { LegalHoldScope } from "@/components/audit/retention/legal-hold-scope";
import { ReleaseHoldButton } from "@/components/audit/retention/release-hold-button";

const muted = "text-xs text-zinc-500 dark:text-zinc-400";

export function LegalHoldRow({ hold, canWrite }: { hold: LegalHoldView; canWrite: boolean }) {
  const isActive = hold.status === "active";
  return (
    <tr className={isActive ? "align-top" : "align-top opacity-75"}>
      <Td className="max-w-80 min-w-48">
        <span className="block [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">{hold.reason}</span>
      </Td>
      <Td className="min-w-56">
        <LegalHoldScope hold={hold} />
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp iso={hold.createdAt} />
        <span className={`block ${muted}`}>by {hold.createdBy ?? "someone no longer known"}</span>
      </Td>
      <Td className="whitespace-nowrap">
        {isActive ? (
          <Badge tone="warning">Active</Badge>
        ) : (
          <>
            <Badge>Released</Badge>
            <span className={`block ${muted}`}>
              <Timestamp iso={hold.releasedAt} />
              {hold.releasedBy ? ` by ${hold.releasedBy}` : null}
            </span>
          </>
        )}
      </Td>
      {canWrite ? <Td className="text-right">{isActive ? <ReleaseHoldButton hold={hold} /> : null}</Td> : null}
    </tr>
  );
}
