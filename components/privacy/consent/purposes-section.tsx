"use client";

import { Target } from "lucide-react";
import { DeletePurposeButton } from "@/components/privacy/consent/delete-purpose-button";
import { LegalBasisBadge } from "@/components/privacy/consent/legal-basis-badge";
import { CreatePurposeDialog, EditPurposeDialog } from "@/components/privacy/consent/purpose-dialogs";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { usePurposes } from "@/lib/client/privacy/use-purposes";

/** Purposes: why personal data is processed, and on what legal basis. */
export function PurposesSection({ canWrite }: { canWrite: boolean }) {
  const purposes = usePurposes();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Tools declare the purposes they process personal data for. When a purpose rests on consent, a call
          about a person passes only if their latest record for it is a grant.
        </p>
        {canWrite ? <CreatePurposeDialog /> : null}
      </div>
      <ListPanel
        query={purposes}
        empty={
          <EmptyState icon={Target} title="No purposes yet">
            The built-in purposes appear once the server has started.
          </EmptyState>
        }
      >
        {(rows) => (
          <Table label="Purposes">
            <TableHead>
              <tr>
                <Th>Key</Th>
                <Th>Name</Th>
                <Th>Legal basis</Th>
                <Th>Kind</Th>
                <Th className="text-right">Records</Th>
                {canWrite ? (
                  <Th className="w-24">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((purpose) => (
                <tr key={purpose.key} className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
                  <Td className="font-mono text-zinc-900 dark:text-zinc-100">{purpose.key}</Td>
                  <Td className="max-w-md min-w-48">
                    <span className="font-medium text-zinc-900 dark:text-zinc-100">{purpose.name}</span>
                    {purpose.description ? (
                      <span className="mt-0.5 block text-xs text-zinc-500 [overflow-wrap:anywhere] dark:text-zinc-400">
                        {purpose.description}
                      </span>
                    ) : null}
                  </Td>
                  <Td>
                    <LegalBasisBadge basis={purpose.legalBasis} />
                  </Td>
                  <Td>{purpose.isBuiltIn ? <Badge>Built-in</Badge> : <Badge tone="info">Custom</Badge>}</Td>
                  <Td className="text-right tabular-nums">{purpose.recordCount.toLocaleString()}</Td>
                  {canWrite ? (
                    <Td className="text-right whitespace-nowrap">
                      <EditPurposeDialog purpose={purpose} />
                      <DeletePurposeButton purpose={purpose} />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </>
  );
}
