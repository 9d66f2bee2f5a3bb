import { z } from "zod";
import type { ExportManifest } from "@/lib/audit/export/export-manifest";

// The fields the offline verifier relies on. Everything else in the manifest is covered by the
// signature, so it is passed through untouched (and a change to it still fails the signature).
const manifestShape = z.looseObject({
  manifestVersion: z.literal(1),
  exportId: z.string(),
  file: z.looseObject({
    name: z.string(),
    format: z.enum(["csv", "jsonl"]),
    sha256: z.string(),
    bytes: z.number().int().min(0),
  }),
  rowCount: z.number().int().min(0),
  signature: z.looseObject({
    algorithm: z.string(),
    keyFingerprint: z.string(),
    publicKeyPem: z.string(),
    value: z.string(),
  }),
});

export type ManifestReadResult = { manifest: ExportManifest } | { problem: string };

/** Parses a manifest's text; says which field is missing or wrong rather than throwing. */
export function readManifest(text: string): ManifestReadResult {
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
  // The shape above checked what the verifier reads; the rest is opaque, signed content.
  return { manifest: json as ExportManifest };
}
