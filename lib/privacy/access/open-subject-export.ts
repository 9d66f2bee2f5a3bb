import "server-only";
import { stat } from "node:fs/promises";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { openExportFile } from "@/lib/privacy/access/export-file-cipher";
import { unwrapExportKey } from "@/lib/privacy/access/export-key";
import { SUBJECT_EXPORT_FORMATS, type SubjectExportFormat } from "@/lib/privacy/access/export-sections";
import { subjectExportPath } from "@/lib/privacy/access/subject-export-files";
import {
  CONTENT_TYPES,
  subjectExportFileName,
  type SubjectExportManifest,
} from "@/lib/privacy/access/subject-export-manifest";
import { readSubjectManifest } from "@/lib/privacy/access/read-subject-manifest";

type ExportForDownload = {
  id: string;
  requestId: string;
  format: SubjectExportFormat;
  wrappedKey: string;
  manifest: string;
  byteCount: number;
  subjectId: string | null;
};

/** A complete, unexpired export of a completed request; 404 once deleted or expired, 409 before it is ready. */
async function downloadableExportOrThrow(exportId: string, now = new Date()): Promise<ExportForDownload> {
  const row = await db.subjectExport.findUnique({
    where: { id: exportId },
    include: { request: { select: { state: true, subjectId: true } } },
  });
  if (!row) throw new AppError("not_found", "No export with this id.");
  if (row.status === "deleted" || row.expiresAt <= now)
    throw new AppError("not_found", "This export was deleted (exports are kept for 30 days).");
  if (row.status !== "complete" || !row.wrappedKey || !row.manifest)
    throw new AppError(
      "conflict",
      row.status === "running" ? "The export is still being written." : "The export failed; make a new one.",
      { status: row.status },
    );
  if (row.request.state !== "completed")
    throw new AppError("conflict", "The request is not completed yet.", { state: row.request.state });
  const format = SUBJECT_EXPORT_FORMATS.find((f) => f === row.format);
  if (!format) throw new AppError("internal_error", `unknown export format ${row.format}`);
  return {
    id: row.id,
    requestId: row.requestId,
    format,
    wrappedKey: row.wrappedKey,
    manifest: row.manifest,
    byteCount: row.byteCount,
    subjectId: row.request.subjectId,
  };
}

export type SubjectExportDownload = {
  fileName: string;
  contentType: string;
  bytes: number;
  sha256: string;
  body: ReadableStream<Uint8Array>;
};

/** The export decrypted as a stream, each download audited (nothing personal in the event's details). */
export async function openSubjectExportDownload(
  exportId: string,
  by: AuditBy,
): Promise<SubjectExportDownload> {
  const row = await downloadableExportOrThrow(exportId);
  const filePath = subjectExportPath(row.id);
  await stat(filePath).catch(() => {
    throw new AppError("not_found", "This export's file is gone.");
  });
  const key = unwrapExportKey(row.wrappedKey, row.id);
  const manifest = storedManifest(row.manifest);
  await recordEvent({
    category: "privacy",
    action: "export_downloaded",
    result: "success",
    actor: by.actor,
    target: row.id,
    subjectId: row.subjectId,
    details: { requestId: row.requestId, format: row.format },
    meta: by.meta,
  });
  const chunks = openExportFile(filePath, key, row.id);
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
  return {
    fileName: subjectExportFileName(row.id, row.format),
    contentType: CONTENT_TYPES[row.format],
    bytes: row.byteCount,
    sha256: manifest.file.sha256,
    body,
  };
}

function storedManifest(text: string): SubjectExportManifest {
  const read = readSubjectManifest(text);
  if ("problem" in read) throw new Error(`stored subject export manifest unreadable: ${read.problem}`);
  return read.manifest;
}

/** The signed manifest of a downloadable export (same rules as its file). */
export async function getSubjectExportManifestOrThrow(exportId: string): Promise<SubjectExportManifest> {
  return storedManifest((await downloadableExportOrThrow(exportId)).manifest);
}
