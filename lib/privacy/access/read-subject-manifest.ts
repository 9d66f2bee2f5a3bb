import { z } from "zod";
import {
  SECTION_NAMES,
  SUBJECT_EXPORT_FORMAT,
  SUBJECT_EXPORT_FORMATS,
} from "@/lib/privacy/access/export-sections";
import type { SubjectExportManifest } from "@/lib/privacy/access/subject-export-manifest";

// The fields the offline verifier relies on; the rest is signed content, passed through untouched.
// An enum-keyed record: every section must be there (zod 4).
const countsShape = z.record(z.enum(SECTION_NAMES), z.number().int().min(0));

const manifestShape = z.looseObject({
  format: z.literal(SUBJECT_EXPORT_FORMAT),
  exportId: z.string(),
  requestId: z.string(),
  subjectId: z.string().nullable(),
  found: z.boolean(),
  file: z.looseObject({
    name: z.string(),
    format: z.enum(SUBJECT_EXPORT_FORMATS),
    contentType: z.string(),
    sha256: z.string(),
    bytes: z.number().int().min(0),
  }),
  counts: countsShape,
  createdAt: z.string(),
  expiresAt: z.string(),
  signature: z.looseObject({
    algorithm: z.literal("Ed25519"),
    keyFingerprint: z.string(),
    publicKeyPem: z.string(),
    value: z.string(),
  }),
});

export type SubjectManifestReadResult = { manifest: SubjectExportManifest } | { problem: string };

/** Parses a manifest's text; says which field is missing or wrong rather than throwing. */
export function readSubjectManifest(text: string): SubjectManifestReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: "the manifest is not valid JSON" };
  }
  const parsed = manifestShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      problem: `the manifest's ${issue.path.join(".") || "content"} is missing or invalid (${issue.message})`,
    };
  }
  return { manifest: parsed.data };
}
