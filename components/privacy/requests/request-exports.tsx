"use client";

import { FileDown, PackageOpen } from "lucide-react";
import { useState } from "react";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, focusRing } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Muted } from "@/components/ui/muted";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { useToast } from "@/components/ui/toast-context";
import { cn } from "@/lib/client/cn";
import { formatBytes } from "@/lib/client/audit/format-size";
import { useCan } from "@/lib/client/me/use-can";
import {
  EXPORT_FORMAT_LABELS,
  EXPORT_FORMATS,
  type ExportFormat,
} from "@/lib/client/privacy/requests/request-labels";
import { exportFilePath, exportManifestPath } from "@/lib/client/privacy/requests/request-paths";
import { useCreateExport } from "@/lib/client/privacy/requests/use-create-export";
import { toastApiError } from "@/lib/client/toast-api-error";
import type { PrivacyRequestDetailView, SubjectExportView } from "@/lib/privacy/requests/request-types";

const STATUS: Record<SubjectExportView["status"], { label: string; tone: BadgeTone }> = {
  running: { label: "Preparing", tone: "info" },
  complete: { label: "Ready", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  deleted: { label: "Expired", tone: "neutral" },
};

const linkClass = cn(
  "inline-flex items-center gap-1 rounded text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300",
  focusRing,
);

/** A completed access request's exports, each with its file and signed manifest, and "New export". */
export function RequestExports({ request }: { request: PrivacyRequestDetailView }) {
  const canExport = useCan("privacy:execute");
  return (
    <PrivacySection
      title="Exports"
      id="request-exports"
      description={
        <>
          Everything Gatehouse holds about the person, with a manifest signed by the server&apos;s key (check
          the pair offline with{" "}
          <code className="font-mono text-xs">
            npm run cli -- privacy verify-export &lt;file&gt; &lt;manifest&gt;
          </code>
          ). Files are deleted 30 days after they are made; downloads are audited.
        </>
      }
      actions={canExport ? <NewExportControl requestId={request.id} /> : null}
      isFlush
    >
      {request.exports.length === 0 ? (
        <EmptyState icon={PackageOpen} title="No export yet">
          {canExport ? "Choose a format and make one." : "Someone with privacy:execute can make one."}
        </EmptyState>
      ) : (
        <Table label="Exports">
          <TableHead>
            <tr>
              <Th>Format</Th>
              <Th>Status</Th>
              <Th>Size</Th>
              <Th>Created</Th>
              <Th>Expires</Th>
              <Th>
                <span className="sr-only">Downloads</span>
              </Th>
            </tr>
          </TableHead>
          <TableBody>
            {request.exports.map((item) => (
              <tr key={item.id}>
                <Td className="font-mono text-xs uppercase">{item.format}</Td>
                <Td>
                  <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                </Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {item.status === "complete" ? formatBytes(item.byteCount) : <Muted>—</Muted>}
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={item.createdAt} />
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={item.expiresAt} dateOnly />
                </Td>
                <Td className="whitespace-nowrap">
                  {item.status === "complete" ? (
                    <span className="flex flex-wrap justify-end gap-x-4 gap-y-1">
                      <a href={exportFilePath(item.id)} download className={linkClass}>
                        <FileDown className="size-3.5" aria-hidden="true" />
                        Download file
                        <span className="sr-only"> ({item.format.toUpperCase()})</span>
                      </a>
                      <a href={exportManifestPath(item.id)} download className={linkClass}>
                        <FileDown className="size-3.5" aria-hidden="true" />
                        Download manifest
                        <span className="sr-only"> ({item.format.toUpperCase()})</span>
                      </a>
                    </span>
                  ) : null}
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </PrivacySection>
  );
}

function NewExportControl({ requestId }: { requestId: string }) {
  const [format, setFormat] = useState<ExportFormat>("json");
  const create = useCreateExport(requestId);
  const toast = useToast();

  async function onCreate() {
    try {
      await create.mutateAsync(format);
      toast.success(`${EXPORT_FORMAT_LABELS[format]} export made.`);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <SegmentedChoice
        label="Export format"
        value={format}
        onChange={setFormat}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: EXPORT_FORMAT_LABELS[f] }))}
      />
      <Button size="sm" onClick={() => void onCreate()} disabled={create.isPending}>
        {create.isPending ? "Exporting…" : "New export"}
      </Button>
    </div>
  );
}
