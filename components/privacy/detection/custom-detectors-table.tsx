"use client";

import { Regex } from "lucide-react";
import { CustomDetectorRow } from "@/components/privacy/detection/custom-detector-row";
import { DetectionSection } from "@/components/privacy/detection/detection-section";
import { EmptyState } from "@/components/ui/empty-state";
import { ListPanel, type ListQuery } from "@/components/ui/list-panel";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";

/** Patterns added in the console, for identifiers the built-ins do not know (employee numbers…). */
export function CustomDetectorsTable({
  query,
  canWrite,
}: {
  query: ListQuery<DetectorView[]>;
  canWrite: boolean;
}) {
  return (
    <DetectionSection
      id="custom-detectors"
      title="Custom detectors"
      description="Regular expressions for your own identifiers. Each has a sample it must match, checked when saved."
    >
      <ListPanel
        query={query}
        isEmpty={(data) => !data.some((d) => !d.isBuiltIn)}
        empty={
          <EmptyState icon={Regex} title="No custom detectors">
            {canWrite
              ? "Add one for identifiers of your own, such as customer or employee numbers."
              : "Only the built-in detectors are in use."}
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Custom detectors">
            <TableHead>
              <tr>
                <Th>Name</Th>
                <Th>Pattern</Th>
                <Th>Sample</Th>
                <Th>Enabled</Th>
                {canWrite ? (
                  <Th className="w-28">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {data
                .filter((d) => !d.isBuiltIn)
                .map((detector) => (
                  <CustomDetectorRow key={detector.id} detector={detector} canWrite={canWrite} />
                ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </DetectionSection>
  );
}
