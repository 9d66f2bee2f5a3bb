"use client";

import { ShieldQuestion } from "lucide-react";
import { ConsentDecisionBadge } from "@/components/privacy/consent/consent-decision-badge";
import { PurposeLabel } from "@/components/privacy/consent/purpose-label";
import { WithdrawConsentButton } from "@/components/privacy/subjects/withdraw-consent-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Muted } from "@/components/ui/muted";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { recordedByLabel } from "@/lib/client/privacy/recorded-by-label";
import { usePurposes } from "@/lib/client/privacy/use-purposes";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";

export type ConsentsInForceTableProps = {
  subjectId: string;
  /** the latest record per purpose */
  consents: readonly ConsentRecordView[];
  canWrite: boolean;
};

/** What the gateway enforces for this person: one row per purpose, the latest record. */
export function ConsentsInForceTable({ subjectId, consents, canWrite }: ConsentsInForceTableProps) {
  const { data: purposes } = usePurposes();
  if (consents.length === 0) {
    return (
      <EmptyState icon={ShieldQuestion} title="No consent recorded">
        Calls that need a consent-based purpose are refused for this person until a grant is recorded.
      </EmptyState>
    );
  }
  return (
    <Table label="Consents in force">
      <TableHead>
        <tr>
          <Th>Purpose</Th>
          <Th>Decision</Th>
          <Th>Notice</Th>
          <Th>When</Th>
          <Th>Recorded by</Th>
          {canWrite ? (
            <Th className="w-24">
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </TableHead>
      <TableBody>
        {consents.map((record) => (
          <tr key={record.purpose}>
            <Td>
              <PurposeLabel purposeKey={record.purpose} />
            </Td>
            <Td>
              <ConsentDecisionBadge decision={record.decision} />
            </Td>
            <Td className="font-mono text-xs">{record.noticeVersion ?? <Muted>—</Muted>}</Td>
            <Td className="whitespace-nowrap">
              <Timestamp iso={record.recordedAt} />
            </Td>
            <Td className="max-w-56 [overflow-wrap:anywhere]">{recordedByLabel(record.recordedBy)}</Td>
            {canWrite ? (
              <Td className="text-right">
                {record.decision === "granted" ? (
                  <WithdrawConsentButton
                    subjectId={subjectId}
                    purpose={record.purpose}
                    purposeName={purposes?.find((p) => p.key === record.purpose)?.name ?? record.purpose}
                  />
                ) : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
