import "server-only";
import { db } from "@/lib/db";
import type { AuditExportSummary } from "@/lib/audit/export/audit-export-summary";
import type { ExportManifest } from "@/lib/audit/export/export-manifest";

async function labelsOf(ids: string[]): Promise<Map<string, string>> {
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }),
    db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...users.map((u) => [u.id, u.email] as const),
    ...keys.map((k) => [k.id, `${k.name} (API key)`] as const),
  ]);
}

function fileNameOf(manifest: string | null): string | null {
  if (!manifest) return null;
  return (JSON.parse(manifest) as ExportManifest).file.name;
}

/** The most recent exports, newest first, with who started them. */
export async function listAuditExports(limit = 50): Promise<AuditExportSummary[]> {
  const rows = await db.auditExport.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  const labels = await labelsOf([
    ...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    format: row.format,
    status: row.status,
    rowCount: row.rowCount,
    sha256: row.sha256,
    fileName: fileNameOf(row.manifest),
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    createdBy: { id: row.createdById, label: row.createdById ? (labels.get(row.createdById) ?? null) : null },
  }));
}
