import { canonicalJson } from "@/lib/audit/canonical-json";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";

// The manifest that travels with an export file: what was exported, from which events, under which
// seals, and the file's SHA-256, signed with the server's Ed25519 key. Anyone holding the file and
// the manifest can check both offline (lib/audit/export/verify-export.ts).

export const MANIFEST_VERSION = 1;

/** The seals covering the exported ids; every field null when no seal covers them yet. */
export type ManifestSeals = {
  fromSealId: number | null;
  toSealId: number | null;
  /** the last event id the covering seals reach */
  sealedUpToEventId: number | null;
  lastSealHash: string | null;
  /** exported rows with an id above sealedUpToEventId (not yet sealed when exported) */
  unsealedRows: number | null;
};

export type ManifestBody = {
  manifestVersion: typeof MANIFEST_VERSION;
  exportId: string;
  file: { name: string; format: ExportFormat; sha256: string; bytes: number };
  rowCount: number;
  /** the search filters as the requester gave them */
  filters: Record<string, unknown>;
  /** the effective instants (relative ranges resolved at export time); null for an open end */
  timeRange: { from: string | null; to: string | null };
  events: { firstId: number | null; lastId: number | null; snapshotMaxId: number };
  seals: ManifestSeals;
  generatedBy: { type: string; id: string | null; label: string | null };
  generatedAt: string;
};

export type ManifestSignature = {
  algorithm: "Ed25519";
  keyFingerprint: string;
  publicKeyPem: string;
  value: string;
};

export type ExportManifest = ManifestBody & { signature: ManifestSignature };

/** Exactly the bytes the signature covers: the canonical JSON of the manifest without "signature". */
export function manifestSigningBytes(manifest: ManifestBody | ExportManifest): Buffer {
  const body: Record<string, unknown> = { ...manifest };
  delete body.signature;
  return Buffer.from(canonicalJson(body), "utf8");
}

/** "gatehouse-audit-20261122T101500Z.csv" for an export started at that instant. */
export function exportFileName(startedAt: Date, format: ExportFormat): string {
  const stamp = startedAt
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return `gatehouse-audit-${stamp}.${format}`;
}

/** The manifest's download name, beside its file: "gatehouse-audit-….manifest.json". */
export function manifestFileName(exportFile: string): string {
  return exportFile.replace(/\.(csv|jsonl)$/, "") + ".manifest.json";
}
