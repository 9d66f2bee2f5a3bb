import type { SubjectExportView } from "@/lib/privacy/requests/request-types";

type SubjectExportRow = {
  id: string;
  requestId: string;
  format: string;
  status: string;
  byteCount: number;
  sha256: string | null;
  counts: unknown;
  createdAt: Date;
  completedAt: Date | null;
  expiresAt: Date;
};

const FORMATS: readonly SubjectExportView["format"][] = ["json", "csv", "xml"];
const STATUSES: readonly SubjectExportView["status"][] = ["running", "complete", "failed", "deleted"];

function countsOf(value: unknown): Record<string, number> | null {
  if (typeof value !== "object" || value === null) return null;
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

/** An export as the API shows it; an expired one reads as deleted even before the sweep ran. */
export function toSubjectExportView(row: SubjectExportRow, now = new Date()): SubjectExportView {
  const status = STATUSES.find((s) => s === row.status) ?? "failed";
  return {
    id: row.id,
    requestId: row.requestId,
    format: FORMATS.find((f) => f === row.format) ?? "json",
    status: status === "complete" && row.expiresAt <= now ? "deleted" : status,
    byteCount: row.byteCount,
    sha256: row.sha256,
    counts: countsOf(row.counts),
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
  };
}
