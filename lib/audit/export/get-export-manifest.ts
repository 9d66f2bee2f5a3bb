import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ExportManifest } from "@/lib/audit/export/export-manifest";

/** A completed export's signed manifest; 404 for an unknown id, 409 while running or after a failure. */
export async function getExportManifestOrThrow(exportId: string): Promise<ExportManifest> {
  const row = await db.auditExport.findUnique({
    where: { id: exportId },
    select: { status: true, manifest: true },
  });
  if (!row) throw new AppError("not_found", "No export with this id.");
  if (row.status === "running")
    throw new AppError(
      "conflict",
      "The export is still running; its manifest is written when the download finishes.",
      { status: row.status },
    );
  if (row.status !== "complete" || !row.manifest) {
    throw new AppError(
      "conflict",
      "The export did not finish (it was cancelled or failed), so it has no manifest. Export again.",
      { status: row.status },
    );
  }
  return JSON.parse(row.manifest) as ExportManifest;
}
