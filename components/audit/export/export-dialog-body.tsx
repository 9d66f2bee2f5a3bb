"use client";

import { CircleCheck, Download, FileDown } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { InlineAlert } from "@/components/ui/inline-alert";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { ExportProgressBar } from "@/components/audit/export/export-progress-bar";
import { ExportScope } from "@/components/audit/export/export-scope";
import { formatBytes, formatEvents } from "@/lib/client/audit/format-size";
import { manifestUrl } from "@/lib/client/audit/manifest-url";
import { useSigningKey } from "@/lib/client/audit/use-signing-key";
import { RecentExports } from "@/components/audit/export/recent-exports";
import type { useAuditExport } from "@/lib/client/audit/use-audit-export";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { useCan } from "@/lib/client/me/use-can";

const FORMATS = [
  { value: "csv", label: "CSV" },
  { value: "jsonl", label: "JSON Lines" },
] as const satisfies readonly { value: ExportFormat; label: string }[];

export type ExportDialogBodyProps = { filtersQuery: string; exporter: ReturnType<typeof useAuditExport> };

/** The export dialog's content for each step: choose, running (progress, cancel), done, cancelled, failed. */
export function ExportDialogBody({ filtersQuery, exporter }: ExportDialogBodyProps) {
  const [format, setFormat] = useState<ExportFormat>("csv");
  const { state } = exporter;

  if (state.phase === "running") {
    const fraction = state.totalRows ? state.rows / state.totalRows : state.totalRows === 0 ? 1 : null;
    const of = state.totalRows === null ? "" : ` of ${state.totalRows.toLocaleString()}`;
    return (
      <div className="space-y-3">
        <ExportProgressBar value={fraction} label="Export progress" />
        <p
          className="text-sm text-zinc-700 dark:text-zinc-300"
          aria-live="polite"
          data-testid="export-progress"
        >
          {state.rows.toLocaleString()}
          {of} events received ({formatBytes(state.bytes)})
        </p>
        <DialogFooter>
          <Button variant="secondary" onClick={exporter.cancel}>
            Cancel export
          </Button>
        </DialogFooter>
      </div>
    );
  }

  if (state.phase === "done")
    return <ExportDone state={state} onSaveAgain={exporter.saveAgain} onAgain={exporter.reset} />;

  return (
    <div className="space-y-4">
      {state.phase === "cancelled" ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" role="status">
          The export was cancelled. Nothing was saved, and the cancelled export is recorded in the audit
          trail.
        </p>
      ) : null}
      {state.phase === "failed" ? (
        <InlineAlert>
          <p className="font-medium">The export failed.</p>
          <p className="mt-0.5">{state.message}</p>
          {state.correlationId ? (
            <p className="mt-0.5 font-mono text-xs opacity-80">Reference: {state.correlationId}</p>
          ) : null}
        </InlineAlert>
      ) : null}
      <ExportScope filtersQuery={filtersQuery} />
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Format</span>
        <SegmentedChoice label="Format" value={format} onChange={setFormat} options={FORMATS} />
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The file comes with a manifest signed by this server (Ed25519): its filters, row count, seal range and
        SHA-256. Anyone can check the pair offline with{" "}
        <code className="rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800">
          npm run cli -- audit verify-export
        </code>
        . The export itself is recorded in the audit trail.
      </p>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Close</Button>
        </DialogClose>
        <Button onClick={() => void exporter.start(format, filtersQuery)}>
          <Download aria-hidden="true" />
          {state.phase === "idle" ? "Export" : "Export again"}
        </Button>
      </DialogFooter>
      <RecentExports />
    </div>
  );
}

type DoneState = Extract<ReturnType<typeof useAuditExport>["state"], { phase: "done" }>;

function ExportDone({
  state,
  onSaveAgain,
  onAgain,
}: {
  state: DoneState;
  onSaveAgain: () => void;
  onAgain: () => void;
}) {
  const canReadKey = useCan("audit:read");
  const key = useSigningKey({ enabled: canReadKey });
  return (
    <div className="space-y-3">
      <ExportProgressBar value={1} label="Export progress" />
      <div
        className="flex gap-2 text-sm text-zinc-800 dark:text-zinc-200"
        role="status"
        data-testid="export-done"
      >
        <CircleCheck
          className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400"
          aria-hidden="true"
        />
        <p>
          Exported {formatEvents(state.rows)} ({formatBytes(state.bytes)}) to{" "}
          <span className="font-mono text-xs break-all">{state.fileName}</span>. Keep the manifest with it: it
          is what proves the file is complete and unchanged.
        </p>
      </div>
      {key.data ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Signed with key <span className="font-mono">{key.data.fingerprint}</span>; verify-export prints the
          same fingerprint.
        </p>
      ) : null}
      <DialogFooter>
        <Button variant="ghost" onClick={onAgain}>
          New export
        </Button>
        <Button variant="secondary" onClick={onSaveAgain}>
          Save file again
        </Button>
        <Button asChild>
          <a href={manifestUrl(state.exportId)}>
            <FileDown aria-hidden="true" />
            Download manifest
          </a>
        </Button>
      </DialogFooter>
    </div>
  );
}
