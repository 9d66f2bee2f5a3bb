import { canonicalJson } from "@/lib/audit/canonical-json";
import type { ManifestSignature } from "@/lib/audit/export/export-manifest";
import {
  SUBJECT_EXPORT_FORMAT,
  type SectionCounts,
  type SubjectExportFormat,
} from "@/lib/privacy/access/export-sections";

// The manifest that travels with an access export: what the file is and its SHA-256 and size as
// downloaded, signed with the server's Ed25519 key over canonicalJson(manifest without signature),
// exactly as audit export manifests are (lib/audit/export/sign-manifest.ts).

export type SubjectExportManifestBody = {
  format: typeof SUBJECT_EXPORT_FORMAT;
  exportId: string;
  requestId: string;
  /** the subject's pseudonym; null when no one was found for the request */
  subjectId: string | null;
  found: boolean;
  file: { name: string; format: SubjectExportFormat; contentType: string; sha256: string; bytes: number };
  counts: SectionCounts;
  createdAt: string;
  expiresAt: string;
};

export type SubjectExportManifest = SubjectExportManifestBody & { signature: ManifestSignature };

export const CONTENT_TYPES: Record<SubjectExportFormat, string> = {
  json: "application/json",
  csv: "application/zip",
  xml: "application/xml",
};

const EXTENSIONS: Record<SubjectExportFormat, string> = { json: "json", csv: "zip", xml: "xml" };

/** "gatehouse-subject-export-dsx_….json" (a zip for CSV). */
export function subjectExportFileName(exportId: string, format: SubjectExportFormat): string {
  return `gatehouse-subject-export-${exportId}.${EXTENSIONS[format]}`;
}

export function subjectManifestFileName(exportId: string): string {
  return `gatehouse-subject-export-${exportId}.manifest.json`;
}

/** Exactly the bytes the signature covers. */
export function subjectManifestSigningBytes(
  manifest: SubjectExportManifestBody | SubjectExportManifest,
): Buffer {
  const body: Record<string, unknown> = { ...manifest };
  delete body.signature;
  return Buffer.from(canonicalJson(body), "utf8");
}
