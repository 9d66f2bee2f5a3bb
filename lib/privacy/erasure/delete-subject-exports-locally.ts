import "server-only";
import { rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// LEAD: a stand-in for the access helper's deleteSubjectExports(subjectId) in lib/privacy/access;
// replace it in erasure-deps.ts at merge and delete this file.

/** Deletes every access export of the subject's requests: the file first, then its row. Idempotent. */
export async function deleteSubjectExportsLocally(subjectId: string): Promise<{ deleted: number }> {
  const exports = await db.subjectExport.findMany({
    where: { request: { subjectId } },
    select: { id: true },
  });
  for (const { id } of exports)
    await rm(path.join(env.dataDir, "subject-exports", `${id}.gcm`), { force: true });
  const { count } = await db.subjectExport.deleteMany({ where: { id: { in: exports.map((e) => e.id) } } });
  return { deleted: count };
}
