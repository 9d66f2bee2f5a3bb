"use client";

import { ScanSearch } from "lucide-react";
import { DetectionSection } from "@/components/privacy/detection/detection-section";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel, type ListQuery } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";

/** The detectors that ship with Gatehouse: read-only, always available to policies. */
export function BuiltInDetectorsTable({ query }: { query: ListQuery<DetectorView[]> }) {
  // The custom detectors' table above shows the load error of the same query, with its retry.
  if (query.error && query.data === undefined) return null;
  return (
    <DetectionSection
      id="built-in-detectors"
      title="Built-in detectors"
      description="Checked with validators (Luhn for cards, checksums for IBANs, the invalid SSN ranges excluded), so look-alikes are not flagged."
    >
      <ListPanel
        query={query}
        isEmpty={(data) => !data.some((d) => d.isBuiltIn)}
        empty={<EmptyState icon={ScanSearch} title="No built-in detectors reported" />}
      >
        {(data) => (
          <Table label="Built-in detectors">
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>Kind</Th>
                <Th>What it finds</Th>
              </tr>
            </TableHead>
            <TableBody>
              {data
                .filter((d) => d.isBuiltIn)
                .map((detector) => (
                  <tr key={detector.id}>
                    <Td className="whitespace-nowrap">
                      <span className="font-medium text-zinc-900 dark:text-zinc-100">{detector.name}</span>{" "}
                      <Badge>built-in</Badge>
                    </Td>
                    <Td>
                      <code className="font-mono text-[13px]">{detector.kind}</code>
                    </Td>
                    <Td className="min-w-64">{detector.description}</Td>
                  </tr>
                ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </DetectionSection>
  );
}
