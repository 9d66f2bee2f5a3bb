"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { ExportDialogBody } from "@/components/audit/export/export-dialog-body";
import { useAuditExport } from "@/lib/client/audit/use-audit-export";
import { useCan } from "@/lib/client/me/use-can";

export type ExportButtonProps = {
  /** The search's filters as a query string (no paging), exactly what GET /api/v1/audit/export takes. */
  filtersQuery: string;
};

/** "Export" on the audit search: the current search as CSV or JSONL with a signed manifest. Only for audit:export. */
export function ExportButton({ filtersQuery }: ExportButtonProps) {
  const canExport = useCan("audit:export");
  const [open, setOpen] = useState(false);
  const exporter = useAuditExport();

  function onOpenChange(next: boolean) {
    setOpen(next);
    // Closing stops a running download; a finished one stays saved.
    if (!next) {
      exporter.cancel();
      exporter.reset();
    }
  }

  if (!canExport) return null;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Download aria-hidden="true" />
          Export
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Export audit events"
        description="The events matching the current search, oldest first, as they stand when the export starts."
      >
        <ExportDialogBody filtersQuery={filtersQuery} exporter={exporter} />
      </DialogContent>
    </Dialog>
  );
}
