import "server-only";
import { db } from "@/lib/db";
import { signDetached, signingKeyFingerprint, signingPublicKeyPem } from "@/lib/crypto/signing-key";
import { readManifest } from "@/lib/audit/export/read-manifest";
import { signManifest } from "@/lib/audit/export/sign-manifest";
import { ERASED } from "@/lib/privacy/personal-cipher";
import { readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

const BATCH = 200;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The value with every occurrence of the addresses (any case) in its strings replaced by "[erased]". */
function withoutAddresses(value: unknown, pattern: RegExp): unknown {
  if (typeof value === "string") return value.replace(pattern, ERASED);
  if (Array.isArray(value)) return value.map((item) => withoutAddresses(item, pattern));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAddresses(v, pattern)]));
  return value;
}

/** The stored manifest without the addresses, signed again by the server's key; null when unreadable. */
function scrubbedManifest(text: string, pattern: RegExp): string | null {
  const read = readManifest(JSON.stringify(withoutAddresses(JSON.parse(text), pattern)));
  if ("problem" in read) return null;
  const { signature: _signature, ...body } = read.manifest;
  const signed = signManifest(body, {
    publicKeyPem: signingPublicKeyPem(),
    fingerprint: signingKeyFingerprint(),
    sign: signDetached,
  });
  return JSON.stringify(signed);
}

/**
 * "audit_exports": audit exports keep their filters and signed manifest, which hold an address in
 * plain when the export was filtered by the person ("person") or made by them (generatedBy).
 * Those addresses become "[erased]" and the stored manifest is signed again with the server's key
 * (copies already handed out keep their own signature: erasure cannot reach them).
 */
export const auditExportsStep: ErasureStep = async ({ subjectId, progress, save }) => {
  const identity = await readSubjectIdentity(subjectId);
  const emails = identity?.values.filter((v) => v.kind === "email").map((v) => v.value) ?? [];
  if (emails.length === 0) return;
  const pattern = new RegExp(emails.map(escapeRegExp).join("|"), "gi");
  const matches = (text: string) => emails.some((e) => text.toLowerCase().includes(e.toLowerCase()));
  for (;;) {
    const rows = await db.auditExport.findMany({
      where: progress.cursor ? { id: { gt: progress.cursor } } : {},
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, filters: true, manifest: true },
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const hasFilters = matches(JSON.stringify(row.filters ?? null));
      const hasManifest = row.manifest !== null && matches(row.manifest);
      if (!hasFilters && !hasManifest) continue;
      const filters = withoutAddresses(row.filters, pattern);
      await db.auditExport.update({
        where: { id: row.id },
        data: {
          ...(hasFilters && filters !== null && typeof filters === "object" ? { filters } : {}),
          ...(hasManifest && row.manifest ? { manifest: scrubbedManifest(row.manifest, pattern) } : {}),
        },
      });
      progress.counts.auditExportsScrubbed += 1;
    }
    progress.cursor = rows[rows.length - 1].id;
    await save();
    if (rows.length < BATCH) break;
  }
};
