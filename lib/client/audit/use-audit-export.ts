"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { createRowCounter } from "@/lib/audit/export/count-export-rows";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { queryKeys } from "@/lib/client/query-keys";
import { fileNameFrom, saveBlob } from "@/lib/client/audit/save-blob";

export type ExportProgress = { rows: number; bytes: number; totalRows: number | null };

export type AuditExportState =
  | { phase: "idle" }
  | ({ phase: "running"; exportId: string | null } & ExportProgress)
  | ({ phase: "done"; exportId: string; fileName: string } & ExportProgress)
  | { phase: "cancelled" }
  | { phase: "failed"; message: string; correlationId: string | null };

/** Progress is redrawn at most this often; a fast download would otherwise re-render per chunk. */
const PROGRESS_INTERVAL_MS = 100;

async function errorOf(response: Response): Promise<{ message: string; correlationId: string | null }> {
  const payload = (await response.json().catch(() => null)) as {
    error?: { message?: string; correlationId?: string };
  } | null;
  return {
    message: payload?.error?.message ?? `The server answered ${response.status}.`,
    correlationId: payload?.error?.correlationId ?? response.headers.get("x-correlation-id"),
  };
}

/**
 * Runs an export in the browser: streams GET /api/v1/audit/export, counting rows as they arrive
 * (against X-Export-Total-Rows), then saves the file. Cancel aborts the request; the server then
 * records the export as failed.
 */
export function useAuditExport() {
  const [state, setState] = useState<AuditExportState>({ phase: "idle" });
  const controller = useRef<AbortController | null>(null);
  const savedFile = useRef<{ blob: Blob; fileName: string } | null>(null);
  const queryClient = useQueryClient();

  // Closing the dialog or leaving the page stops a running download.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (format: ExportFormat, filtersQuery: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      savedFile.current = null;
      setState({ phase: "running", exportId: null, rows: 0, bytes: 0, totalRows: null });
      const params = new URLSearchParams(filtersQuery);
      params.set("format", format);
      try {
        const response = await fetch(`/api/v1/audit/export?${params}`, {
          signal: abort.signal,
          credentials: "same-origin",
        });
        if (!response.ok || !response.body) {
          setState({ phase: "failed", ...(await errorOf(response)) });
          return;
        }
        const exportId = response.headers.get("x-export-id") ?? "";
        const totalHeader = response.headers.get("x-export-total-rows");
        const totalRows = totalHeader === null ? null : Number(totalHeader);
        const fileName = fileNameFrom(
          response.headers.get("content-disposition"),
          `gatehouse-audit.${format}`,
        );
        const counter = createRowCounter(format);
        const chunks: Uint8Array<ArrayBuffer>[] = [];
        const reader = response.body.getReader();
        let bytes = 0;
        let shownAt = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          counter.push(value);
          bytes += value.byteLength;
          if (performance.now() - shownAt > PROGRESS_INTERVAL_MS) {
            shownAt = performance.now();
            setState({ phase: "running", exportId, rows: counter.finish(), bytes, totalRows });
          }
        }
        const blob = new Blob(chunks, {
          type: response.headers.get("content-type") ?? "application/octet-stream",
        });
        savedFile.current = { blob, fileName };
        saveBlob(blob, fileName);
        setState({ phase: "done", exportId, fileName, rows: counter.finish(), bytes, totalRows });
      } catch (error) {
        if (abort.signal.aborted) setState({ phase: "cancelled" });
        else
          setState({
            phase: "failed",
            message: `The download stopped before it finished (${error instanceof Error ? error.message : String(error)}). Nothing was saved; export again.`,
            correlationId: null,
          });
      } finally {
        if (controller.current === abort) controller.current = null;
        void queryClient.invalidateQueries({ queryKey: queryKeys.auditExports.exports });
      }
    },
    [queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: "idle" }), []);
  const saveAgain = useCallback(() => {
    if (savedFile.current) saveBlob(savedFile.current.blob, savedFile.current.fileName);
  }, []);

  return { state, start, cancel, reset, saveAgain };
}
