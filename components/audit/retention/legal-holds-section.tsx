"use client";

import { Gavel } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { CreateHoldDialog } from "@/components/audit/retention/create-hold-dialog";
import { LegalHoldRow } from "@/components/audit/retention/legal-hold-row";
import { useLegalHolds } from "@/lib/client/audit/use-legal-holds";
import { ListPanel } from "@/components/ui/list-panel";

/** Legal holds: what retention must keep, active ones first. */
export function LegalHoldsSection({ canWrite }: { canWrite: boolean }) {
  const holds = useLegalHolds();
  return (
    <section aria-labelledby="legal-holds-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="legal-holds-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
            Legal holds
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            A hold keeps events from being purged: those in a time range, by an actor, or by or about a
            person. Scopes set on one hold combine (an event must match all of them).
          </p>
        </div>
        {canWrite ? <CreateHoldDialog /> : null}
      </div>
      <ListPanel
        query={holds}
        empty={
          <EmptyState icon={Gavel} title="No legal holds">
            {canWrite
              ? "Place a hold when litigation or an investigation requires events to be kept."
              : "Nobody has placed a legal hold."}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Legal holds">
            <TableHead>
              <tr>
                <Th>Reason</Th>
                <Th>Scope</Th>
                <Th>Placed</Th>
                <Th>Status</Th>
                {canWrite ? (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {data.map((hold) => (
                <LegalHoldRow key={hold.id} hold={hold} canWrite={canWrite} />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </section>
  );
}
