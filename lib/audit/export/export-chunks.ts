import "server-only";
import { toEventViews } from "@/lib/audit/event-view";
import { encodeExportBatch, exportPreamble, type ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { toExportRecord } from "@/lib/audit/export/export-columns";
import { iterateAuditEventRows } from "@/lib/audit/search/query-audit-events";
import type { AuditFilters } from "@/lib/audit/search/audit-filters";

export type ExportChunk = { text: string; rows: number; firstId: number | null; lastId: number | null };

export type ExportChunksOptions = { format: ExportFormat; filters: AuditFilters; maxId: number; batchSize?: number };

/**
 * The export's text, one database batch at a time: the preamble (CSV header), then each batch
 * decrypted (personal fields, per batch of subject keys) and encoded. Nothing accumulates.
 */
export async function* exportChunks({ format, filters, maxId, batchSize = 2000 }: ExportChunksOptions): AsyncGenerator<ExportChunk> {
  const preamble = exportPreamble(format);
  if (preamble) yield { text: preamble, rows: 0, firstId: null, lastId: null };
  for await (const rows of iterateAuditEventRows(filters, { maxId, batchSize })) {
    const views = await toEventViews(rows);
    yield { text: encodeExportBatch(format, views.map(toExportRecord)), rows: rows.length, firstId: rows[0].id, lastId: rows[rows.length - 1].id };
  }
}
