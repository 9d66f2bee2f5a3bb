import "server-only";
import { db } from "@/lib/db";
import { log, errorFields } from "@/lib/log";
import { countAuditEvents, latestAuditEventId } from "@/lib/audit/search/query-audit-events";
import { EXPORT_CONTENT_TYPES, type ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { exportChunks } from "@/lib/audit/export/export-chunks";
import { exportFileName } from "@/lib/audit/export/export-manifest";
import { pinTimeRange } from "@/lib/audit/export/export-query";
import {
  completeAuditExport,
  failAuditExport,
  type RunningExport,
} from "@/lib/audit/export/finish-audit-export";
import { hashingExportStream } from "@/lib/audit/export/hashing-export-stream";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { AuditFilters } from "@/lib/audit/search/audit-filters";

export type StartAuditExportInput = { format: ExportFormat; filters: AuditFilters; batchSize?: number };

export type StartedAuditExport = {
  exportId: string;
  fileName: string;
  contentType: string;
  /** matching events at the start; the file holds exactly these */
  totalRows: number;
  body: ReadableStream<Uint8Array>;
};

/**
 * Starts an export of the events matching the filters, as they stand now: events written while it
 * runs are left out (snapshot at the newest id). Returns at once with a body that streams batch by
 * batch; when the body ends the signed manifest is stored and the export is audited.
 */
export async function startAuditExport(
  input: StartAuditExportInput,
  by: AuditBy,
): Promise<StartedAuditExport> {
  const startedAt = new Date();
  const { pinned, timeRange } = pinTimeRange(input.filters, startedAt.getTime());
  const snapshotMaxId = await latestAuditEventId();
  const totalRows = await countAuditEvents(pinned, snapshotMaxId);
  const fileName = exportFileName(startedAt, input.format);
  const created = await db.auditExport.create({
    data: {
      format: input.format,
      filters: input.filters,
      createdById: by.principal?.id ?? null,
      createdAt: startedAt,
    },
    select: { id: true },
  });

  const run: RunningExport = {
    exportId: created.id,
    fileName,
    format: input.format,
    filters: input.filters,
    pinnedFilters: pinned,
    timeRange,
    snapshotMaxId,
    actor: by.actor,
    meta: by.meta,
  };
  const chunks = exportChunks({
    format: input.format,
    filters: pinned,
    maxId: snapshotMaxId,
    batchSize: input.batchSize,
  });
  const body = hashingExportStream(chunks, {
    onComplete: async (sent) => {
      await completeAuditExport(run, sent);
    },
    onFailure: async (reason, sent, error) => {
      if (error)
        log.error("audit export failed", {
          exportId: run.exportId,
          correlationId: by.meta?.correlationId,
          ...errorFields(error),
        });
      try {
        await failAuditExport(run, sent, reason);
      } catch (recordError) {
        // Nothing more to tell the client (it is gone or the stream is failing): keep it in the log.
        log.error("could not record a failed audit export", {
          exportId: run.exportId,
          ...errorFields(recordError),
        });
      }
    },
  });
  return { exportId: created.id, fileName, contentType: EXPORT_CONTENT_TYPES[input.format], totalRows, body };
}
