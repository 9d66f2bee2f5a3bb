import "server-only";
import { toEventViews } from "@/lib/audit/event-view";
import { encodeExportBatch, exportPreamble, type ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { toExportRecord } from "@/lib/audit/export/export-columns";
import { iterateAuditEventRows } from "@/lib/audit/search/query-audit-events";
import type { AuditFilters } from "@/lib/audit/search/audit-filters";

export type ExportChunk = { text: string; rows: number; firstId: number | null; lastId: number | null };

export type ExportChunksOptions = {
  format: ExportFormat;
  filters: AuditFilters;
  maxId: number;
  batchSize?: number;
};

/**
 * Rows per database batch. Small enough that a batch and everything made from it (views, records,
 * text) stays in V8's young generation: with 2,000 rows the garbage collector took over a third
 * of the export's CPU time and peak RSS rose.
 */
const DEFAULT_BATCH_SIZE = 500;

/**
 * The export's text, one database batch at a time: the preamble (CSV header), then each batch
 * decrypted (personal fields, per batch of subject keys) and encoded. At most two batches are in
 * memory: the next one is being read (on PostgreSQL, while this one is encoded).
 */
export async function* exportChunks({
  format,
  filters,
  maxId,
  batchSize = DEFAULT_BATCH_SIZE,
}: ExportChunksOptions): AsyncGenerator<ExportChunk> {
  const preamble = exportPreamble(format);
  if (preamble) yield { text: preamble, rows: 0, firstId: null, lastId: null };
  const batches = iterateAuditEventRows(filters, { maxId, batchSize });
  try {
    let pending = batches.next();
    for (;;) {
      const next = await pending;
      if (next.done) return;
      pending = batches.next();
      // Handled when awaited on the next turn; this only keeps an early failure from being reported as unhandled.
      pending.catch(() => undefined);
      const rows = next.value;
      const views = await toEventViews(rows);
      yield {
        text: encodeExportBatch(format, views.map(toExportRecord)),
        rows: rows.length,
        firstId: rows[0].id,
        lastId: rows[rows.length - 1].id,
      };
    }
  } finally {
    await batches.return(undefined);
  }
}
