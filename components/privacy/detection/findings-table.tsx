import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import type { DetectorView, DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";

/** One row per finding: its kind, the detector that found it, the value and where it sits in the text. */
export function FindingsTable({
  findings,
  detectors,
}: {
  findings: DetectSampleResult["findings"];
  detectors: DetectorView[] | undefined;
}) {
  const names = new Map((detectors ?? []).map((d) => [d.id, d.name]));
  return (
    <Panel className="overflow-hidden">
      <Table label="Findings">
        <TableHead>
          <tr>
            <Th>Kind</Th>
            <Th>Detector</Th>
            <Th>Value</Th>
            <Th>Position</Th>
          </tr>
        </TableHead>
        <TableBody>
          {findings.map((finding) => (
            <tr key={`${finding.start}-${finding.end}-${finding.detectorId}`}>
              <Td>
                <Badge tone="warning">{finding.kind}</Badge>
              </Td>
              <Td>
                {names.get(finding.detectorId) ?? (
                  <code className="font-mono text-[13px]">{finding.detectorId}</code>
                )}
              </Td>
              <Td className="max-w-sm">
                <span className="font-mono text-[13px] [overflow-wrap:anywhere]">{finding.value}</span>
              </Td>
              <Td className="font-mono text-[13px] whitespace-nowrap">
                {finding.start}–{finding.end}
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}
