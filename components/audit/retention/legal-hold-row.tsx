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
      <Td className="max-w-72 min-w-40">
        <span className="block [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">{hold.reason}</span>
      </Td>
      <Td className="min-w-44">
        <LegalHoldScope hold={hold} />
      </Td>
      <Td className="max-w-52">
        <span className="block whitespace-nowrap">
          <Timestamp iso={hold.createdAt} />
        </span>
        <span className={`block [overflow-wrap:anywhere] ${muted}`}>
          by {hold.createdBy ?? "someone no longer known"}
        </span>
      </Td>
      <Td className="max-w-52">
        {isActive ? (
          <Badge tone="warning">Active</Badge>
        ) : (
          <>
            <Badge>Released</Badge>
            <span className={`mt-1 block whitespace-nowrap ${muted}`}>
              <Timestamp iso={hold.releasedAt} />
            </span>
            {hold.releasedBy ? (
              <span className={`block [overflow-wrap:anywhere] ${muted}`}>by {hold.releasedBy}</span>
            ) : null}
          </>
        )}
      </Td>
      {canWrite ? (
        <Td className="text-right">{isActive ? <ReleaseHoldButton hold={hold} /> : null}</Td>
      ) : null}
    </tr>
  );
}
