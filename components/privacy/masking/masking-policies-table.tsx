"use client";

import { ShieldHalf } from "lucide-react";
import { MaskingPolicyRow } from "@/components/privacy/masking/masking-policy-row";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { comparePolicyPrecedence } from "@/lib/client/privacy/policy-precedence";
import { useDetectors } from "@/lib/client/privacy/use-detectors";
import { useMaskingPolicies } from "@/lib/client/privacy/use-masking-policies";

export function MaskingPoliciesTable({ canWrite }: { canWrite: boolean }) {
  const policies = useMaskingPolicies();
  const detectors = useDetectors();
  const detectorNames = new Map((detectors.data ?? []).map((d) => [d.id, d.name]));

  return (
    <ListPanel
      query={policies}
      empty={
        <EmptyState icon={ShieldHalf} title="No masking policies">
          Without a policy, tool results and stored arguments pass unmasked: every caller allowed to call a
          tool sees the personal values it returns.
          {canWrite ? " Add a policy to mask them, for every caller or per role." : ""}
        </EmptyState>
      }
    >
      {(data) => (
        <Table label="Masking policies">
          <TableHead>
            <tr>
              <Th>Name</Th>
              <Th>Tools</Th>
              <Th>Role</Th>
              <Th>Detectors</Th>
              <Th>Strategy</Th>
              <Th>Applies to</Th>
              <Th>Enabled</Th>
              {canWrite ? (
                <Th className="w-28">
                  <span className="sr-only">Actions</span>
                </Th>
              ) : null}
            </tr>
          </TableHead>
          <TableBody>
            {[...data].sort(comparePolicyPrecedence).map((policy) => (
              <MaskingPolicyRow
                key={policy.id}
                policy={policy}
                detectorNames={detectorNames}
                canWrite={canWrite}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}
