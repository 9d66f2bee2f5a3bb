import "server-only";
import { rm } from "node:fs/promises";
import { db } from "@/lib/db";
import { subjectExportPath } from "@/lib/privacy/access/subject-export-files";

/** Removes the files and marks the rows deleted, forgetting their keys. Returns how many. */
async function deleteExports(where: { id: { in: string[] } }): Promise<number> {
  const ids = where.id.in;
  for (const id of ids) await rm(subjectExportPath(id), { force: true });
  if (ids.length === 0) return 0;
  const { count } = await db.subjectExport.updateMany({
    where: { ...where, status: { not: "deleted" } },
    data: { status: "deleted", wrappedKey: null, deletedAt: new Date() },
  });
  return count;
}

/**
 * Deletes every export past its expiry (30 days after it was made), whatever its status: a job
 * that died mid-export leaves a "running" row whose file must not outlive it. Returns how many.
 */
export async function deleteExpiredSubjectExports(now = new Date()): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const rows = await db.subjectExport.findMany({
      where: { expiresAt: { lte: now }, status: { not: "deleted" } },
      select: { id: true },
      take: 500,
    });
    if (rows.length === 0) return { deleted };
    deleted += await deleteExports({ id: { in: rows.map((r) => r.id) } });
  }
}

/** Deletes every export of a data subject's requests: an erasure calls it. Returns how many. */
export async function deleteSubjectExports(subjectId: string): Promise<{ deleted: number }> {
  const rows = await db.subjectExport.findMany({
    where: { request: { subjectId }, status: { not: "deleted" } },
    select: { id: true },
  });
  return { deleted: await deleteExports({ id: { in: rows.map((r) => r.id) } }) };
}

/** Deletes one export (a failed or abandoned run). */
export async function deleteSubjectExport(exportId: string): Promise<void> {
  await deleteExports({ id: { in: [exportId] } });
}
