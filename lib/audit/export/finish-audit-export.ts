import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditActor, AuditEventInput, RequestMeta } from "@/lib/audit/audit-event-types";
import { signDetached, signingKeyFingerprint, signingPublicKeyPem } from "@/lib/crypto/signing-key";
import { maskEmail } from "@/lib/privacy/subject-hash";
import { countAuditEvents } from "@/lib/audit/search/query-audit-events";
import { findSealCoverage } from "@/lib/audit/export/find-seal-coverage";
import { MANIFEST_VERSION, type ExportManifest } from "@/lib/audit/export/export-manifest";
import { signManifest } from "@/lib/audit/export/sign-manifest";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";
import type { SentFacts } from "@/lib/audit/export/hashing-export-stream";
import type { AuditFilters } from "@/lib/audit/search/audit-filters";

/** Everything about a running export that its manifest and audit event need. */
export type RunningExport = {
  exportId: string;
  fileName: string;
  format: ExportFormat;
  /** as the requester gave them (for the manifest) */
  filters: AuditFilters;
  /** relative range fixed at the start (for counting) */
  pinnedFilters: AuditFilters;
  timeRange: { from: string | null; to: string | null };
  snapshotMaxId: number;
  actor: AuditActor;
  meta?: RequestMeta;
};

/**
 * The filters as the audit event may hold them: details are searchable plain text, so a person
 * filter is masked there and the address itself goes to the event's encrypted subject.
 */
function auditedFilters(filters: AuditFilters): {
  filters: Record<string, unknown>;
  subject?: AuditEventInput["subject"];
} {
  if (!filters.person) return { filters };
  return { filters: { ...filters, person: maskEmail(filters.person) }, subject: { email: filters.person } };
}

function generatedBy(actor: AuditActor): ExportManifest["generatedBy"] {
  return {
    type: actor.type,
    id: "id" in actor ? actor.id : null,
    label: "label" in actor ? (actor.label ?? null) : null,
  };
}

/** Signs the manifest, stores it on the export and records the export as an audit event. */
export async function completeAuditExport(run: RunningExport, sent: SentFacts): Promise<ExportManifest> {
  const seals = await findSealCoverage({
    firstId: sent.firstId,
    lastId: sent.lastId,
    countRowsAbove: async (eventId) => sent.rowCount - (await countAuditEvents(run.pinnedFilters, eventId)),
  });
  const manifest = signManifest(
    {
      manifestVersion: MANIFEST_VERSION,
      exportId: run.exportId,
      file: { name: run.fileName, format: run.format, sha256: sent.sha256, bytes: sent.bytes },
      rowCount: sent.rowCount,
      filters: run.filters,
      timeRange: run.timeRange,
      events: { firstId: sent.firstId, lastId: sent.lastId, snapshotMaxId: run.snapshotMaxId },
      seals,
      generatedBy: generatedBy(run.actor),
      generatedAt: new Date().toISOString(),
    },
    { publicKeyPem: signingPublicKeyPem(), fingerprint: signingKeyFingerprint(), sign: signDetached },
  );
  await db.auditExport.update({
    where: { id: run.exportId },
    data: {
      status: "complete",
      rowCount: sent.rowCount,
      sha256: sent.sha256,
      manifest: JSON.stringify(manifest),
      completedAt: new Date(),
    },
  });
  const { filters, subject } = auditedFilters(run.filters);
  await recordEvent({
    category: "audit",
    action: "export",
    result: "success",
    actor: run.actor,
    target: run.exportId,
    subject,
    meta: run.meta,
    details: {
      exportId: run.exportId,
      format: run.format,
      rowCount: sent.rowCount,
      sha256: sent.sha256,
      bytes: sent.bytes,
      filters,
    },
  });
  return manifest;
}

/** Marks the export failed (client gone, or an error) and records that as an audit event. */
export async function failAuditExport(
  run: RunningExport,
  sent: SentFacts,
  reason: "cancelled" | "error",
): Promise<void> {
  await db.auditExport.update({
    where: { id: run.exportId },
    data: { status: "failed", rowCount: sent.rowCount, completedAt: new Date() },
  });
  const { filters, subject } = auditedFilters(run.filters);
  await recordEvent({
    category: "audit",
    action: "export",
    result: "failure",
    actor: run.actor,
    target: run.exportId,
    subject,
    meta: run.meta,
    details: {
      exportId: run.exportId,
      format: run.format,
      rowsSent: sent.rowCount,
      filters,
      reason:
        reason === "cancelled"
          ? "the download was cancelled before it finished"
          : "the export failed on the server",
    },
  });
}
