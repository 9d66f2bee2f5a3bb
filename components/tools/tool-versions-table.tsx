"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { ToolVersionView } from "@/lib/tools/tool-detail-type";

const DECISIONS: Record<string, { label: string; tone: BadgeTone }> = {
  pinned: { label: "Pinned (first seen)", tone: "neutral" },
  pending: { label: "Awaiting review", tone: "warning" },
  approved: { label: "Approved", tone: "success" },
  rejected: { label: "Rejected", tone: "danger" },
  auto_approved: { label: "Auto-approved", tone: "info" },
};

/** The API names who decided (an email or an API key); pinning and auto-approval are Gatehouse's. */
function DecidedBy({ version }: { version: ToolVersionView }) {
  if (!version.decidedBy) {
    const isAutomatic = version.decision === "pinned" || version.decision === "auto_approved";
    return <span>{isAutomatic ? "Gatehouse" : "—"}</span>;
  }
  return <span className="[overflow-wrap:anywhere]">{version.decidedBy}</span>;
}

export type ToolVersionsTableProps = {
  versions: ToolVersionView[];
  currentHash: string;
  pendingHash: string | null;
};

/** Every definition the upstream reported, newest first, with the decision taken on it. */
export function ToolVersionsTable({ versions, currentHash, pendingHash }: ToolVersionsTableProps) {
  return (
    <div className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <Table label="Version history">
        <TableHead>
          <tr>
            <Th>Definition</Th>
            <Th>Decision</Th>
            <Th>First seen</Th>
            <Th>Decided</Th>
          </tr>
        </TableHead>
        <TableBody>
          {versions.map((version) => {
            const decision = DECISIONS[version.decision] ?? {
              label: version.decision,
              tone: "neutral" as const,
            };
            return (
              <tr key={version.definitionHash}>
                <Td className="whitespace-nowrap">
                  <code className="font-mono text-xs" title={version.definitionHash}>
                    {version.definitionHash.slice(0, 12)}
                  </code>
                  {version.definitionHash === currentHash ? (
                    <span className="ml-2 text-xs font-medium text-emerald-700 dark:text-emerald-400">
                      in use
                    </span>
                  ) : null}
                  {version.definitionHash === pendingHash && version.definitionHash !== currentHash ? (
                    <span className="ml-2 text-xs font-medium text-amber-700 dark:text-amber-300">
                      reported now
                    </span>
                  ) : null}
                </Td>
                <Td>
                  <Badge tone={decision.tone}>{decision.label}</Badge>
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={version.firstSeenAt} />
                </Td>
                <Td>
                  {version.decidedAt ? (
                    <>
                      <span className="whitespace-nowrap">
                        <Timestamp iso={version.decidedAt} />
                      </span>{" "}
                      <span className="text-zinc-500 dark:text-zinc-400">by</span>{" "}
                      <DecidedBy version={version} />
                    </>
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400">Not yet</span>
                  )}
                </Td>
              </tr>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
