// GET /api/v1/audit/exports's JSON shape of one export, built by listAuditExports and read by the
// console. Types only, so client code may import it.

export type AuditExportSummary = {
  id: string;
  format: string;
  /** "running", "complete" or "failed"; typed loosely so a new state does not break the console. */
  status: string;
  rowCount: number;
  sha256: string | null;
  fileName: string | null;
  createdAt: string;
  completedAt: string | null;
  createdBy: { id: string | null; label: string | null };
};
