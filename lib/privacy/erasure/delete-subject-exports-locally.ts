import "server-only";
import { rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// LEAD: a stand-in for the access helper's deleteSubjectExports(subjectId) in
// lib/privacy/access/delete-subject-exports.ts (same signature and effect); replace it in
// erasure-deps.ts at merge and delete this file.

/** Deletes the files of every access export of the subject's requests and marks the rows deleted, their keys forgotten. */
export async function deleteSubjectExportsLocally(subjectId: string): Promise<{ deleted: number }> {
  const exports = await db.subjectExport.findMany({
    where: { request: { subjectId }, status: { not: "deleted" } },
    select: { id: true },
  });
  for (const { id } of exports)
    await rm(path.join(env.dataDir, "subject-exports", `${id}.gcm`), { force: true });
  if (exports.length === 0) return { deleted: 0 };
  const { count } = await db.subjectExport.updateMany({
    where: { id: { in: exports.map((e) => e.id) }, status: { not: "deleted" } },
    data: { status: "deleted", wrappedKey: null, deletedAt: new Date() },
  });
  return { deleted: count };
}
