"use client";

import { SearchX, UserSearch } from "lucide-react";
import { MaskedIdentifiers } from "@/components/privacy/subjects/masked-identifiers";
import { SubjectLink } from "@/components/privacy/subject-link";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/client/cn";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import { SUBJECT_SOURCE_LABELS } from "@/lib/client/privacy/source-labels";
import type { SubjectSearch } from "@/lib/client/privacy/subject-search";
import type { useSubjects } from "@/lib/client/privacy/use-subjects";

export type SubjectResultsProps = { search: SubjectSearch | null; subjects: ReturnType<typeof useSubjects> };

/** The people found, or why there are none: no search yet, or no one with that identifier. */
export function SubjectResults({ search, subjects }: SubjectResultsProps) {
  if (!search) {
    return (
      <Panel>
        <EmptyState icon={UserSearch} title="Find a person">
          Enter their email, phone number or external id above. People are listed only when you search for
          them.
        </EmptyState>
      </Panel>
    );
  }
  return (
    <ListPanel
      query={subjects}
      className={cn(subjects.isPlaceholderData && "opacity-60 transition-opacity")}
      skeletonRows={2}
      empty={
        <EmptyState icon={SearchX} title="No one found">
          No data subject has exactly this {IDENTIFIER_KIND_LABELS[search.kind].toLowerCase()}. Check for
          typos; part of a value never matches.
        </EmptyState>
      }
    >
      {(rows) => (
        <Table label="Data subjects found">
          <TableHead>
            <tr>
              <Th>Pseudonym</Th>
              <Th>Identifiers</Th>
              <Th>First seen via</Th>
              <Th>Created</Th>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((subject) => (
              <tr key={subject.id} className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
                <Td>
                  <SubjectLink id={subject.id} />
                </Td>
                <Td className="min-w-56">
                  <MaskedIdentifiers identifiers={subject.identifiers} />
                </Td>
                <Td className="whitespace-nowrap">{SUBJECT_SOURCE_LABELS[subject.source]}</Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={subject.createdAt} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}
