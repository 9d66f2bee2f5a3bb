"use client";

import { ScrollText } from "lucide-react";
import type { ReactNode } from "react";
import { ConsentDecisionBadge } from "@/components/privacy/consent/consent-decision-badge";
import { PurposeLabel } from "@/components/privacy/consent/purpose-label";
import { SubjectLink } from "@/components/privacy/subject-link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Muted } from "@/components/ui/muted";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/client/cn";
import type { ConsentFilters } from "@/lib/client/privacy/consent-filters";
import { recordedByLabel } from "@/lib/client/privacy/recorded-by-label";
import { CONSENT_SOURCE_LABELS } from "@/lib/client/privacy/source-labels";
import { useConsents } from "@/lib/client/privacy/use-consents";

export type ConsentRecordsListProps = {
  filters: ConsentFilters;
  /** The empty state; it depends on where the list is (the whole ledger, one person, filtered). */
  empty: { title: string; body?: ReactNode };
  /** False on a person's own page, where every row is about them. */
  isSubjectShown?: boolean;
};

/** Consent records, newest first, with "Load more". */
export function ConsentRecordsList({ filters, empty, isSubjectShown = true }: ConsentRecordsListProps) {
  const consents = useConsents(filters);

  return (
    <>
      <ListPanel
        query={consents}
        className={cn(consents.isPlaceholderData && "opacity-60 transition-opacity")}
        isEmpty={(data) => data.pages.every((p) => p.records.length === 0)}
        empty={
          <EmptyState icon={ScrollText} title={empty.title}>
            {empty.body}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Consent records">
            <TableHead>
              <tr>
                {isSubjectShown ? <Th>Person</Th> : null}
                <Th>Purpose</Th>
                <Th>Decision</Th>
                <Th>Notice</Th>
                <Th>Source</Th>
                <Th>Recorded by</Th>
                <Th>When</Th>
              </tr>
            </TableHead>
            <TableBody>
              {data.pages
                .flatMap((p) => p.records)
                .map((record) => (
                  <tr key={record.id} className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
                    {isSubjectShown ? (
                      <Td>
                        <SubjectLink id={record.subjectId} />
                      </Td>
                    ) : null}
                    <Td>
                      <PurposeLabel purposeKey={record.purpose} />
                    </Td>
                    <Td>
                      <ConsentDecisionBadge decision={record.decision} />
                    </Td>
                    <Td className="font-mono text-xs">{record.noticeVersion ?? <Muted>—</Muted>}</Td>
                    <Td className="whitespace-nowrap">{CONSENT_SOURCE_LABELS[record.source]}</Td>
                    <Td className="max-w-56 [overflow-wrap:anywhere]">
                      {recordedByLabel(record.recordedBy)}
                    </Td>
                    <Td className="whitespace-nowrap">
                      <Timestamp iso={record.recordedAt} />
                    </Td>
                  </tr>
                ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {!consents.isError && consents.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void consents.fetchNextPage()}
            disabled={consents.isFetchingNextPage}
          >
            {consents.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </>
  );
}
