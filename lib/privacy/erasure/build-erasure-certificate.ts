import "server-only";
import { db } from "@/lib/db";
import { signDetached, signingKeyFingerprint, signingPublicKeyPem } from "@/lib/crypto/signing-key";
import type { ExecutionContext } from "@/lib/privacy/requests/execution-types";
import type { ErasureCounts } from "@/lib/privacy/erasure/erasure-progress";
import {
  signCertificate,
  ERASURE_CERTIFICATE_FORMAT,
  type ErasureCertificate,
  type ErasureCertificateBody,
  type KeptItem,
} from "@/lib/privacy/erasure/erasure-certificate";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function keptItems(counts: ErasureCounts): KeptItem[] {
  return [
    {
      kind: "audit_events",
      count: counts.auditEvents,
      form: 'unchanged rows under the pseudonym; the person\'s fields are ciphertext under a destroyed key and read "[erased]"',
      ground: "legal obligation (GDPR Art. 17(3)(b)): the audit trail must stay complete and verifiable",
    },
    {
      kind: "consent_records",
      count: counts.consentRecordsKept,
      form: "pseudonym, purpose, decision, timestamps and recorder; no identity",
      ground: "accountability for consent (GDPR Art. 7(1))",
    },
    {
      kind: "console_accounts",
      count: counts.accountsScrubbed,
      form: "the user id only: disabled, email and name replaced, no password, roles or sessions",
      ground: "audit events and requests refer to the id",
    },
    {
      kind: "legal_holds",
      count: counts.legalHoldsReleased,
      form: "released holds on the pseudonym, without the subject hint",
      ground: "released before execution; kept as the record of the hold",
    },
  ];
}

/** The certificate's unsigned content, from the request, the final counts and the chain's newest seal. */
export async function buildCertificateBody(
  request: ExecutionContext["request"],
  counts: ErasureCounts,
  completedAt = new Date(),
): Promise<ErasureCertificateBody> {
  const seal = await db.auditSeal.findFirst({
    orderBy: { id: "desc" },
    select: { id: true, hash: true, toId: true },
  });
  return {
    format: ERASURE_CERTIFICATE_FORMAT,
    requestId: request.id,
    subjectId: request.subjectId,
    erased: {
      auditEventsUnreadable: counts.auditEvents,
      legacyEventsRedacted: counts.legacyEventsRedacted,
      identifiersDeleted: counts.identifiersDeleted,
      vaultTokensDeleted: counts.vaultTokensDeleted,
      accountsScrubbed: counts.accountsScrubbed,
      sessionsEnded: counts.sessionsEnded,
      rolesRemoved: counts.rolesRemoved,
      apiKeysRevoked: counts.apiKeysRevoked,
      exportsDeleted: counts.exportsDeleted,
      auditExportsScrubbed: counts.auditExportsScrubbed,
      requestsAnonymized: counts.requestsAnonymized,
      legalHoldsAnonymized: counts.legalHoldsAnonymized,
      subjectKeysDestroyed: counts.subjectKeysDestroyed,
    },
    kept: keptItems(counts),
    people: {
      receivedById: request.receivedById,
      verifiedById: request.verifiedById,
      approvedById: request.approvedById,
      executedById: request.executedById,
    },
    timestamps: {
      receivedAt: request.receivedAt.toISOString(),
      verifiedAt: iso(request.verifiedAt),
      approvedAt: iso(request.approvedAt),
      executedAt: iso(request.executionStartedAt),
      completedAt: completedAt.toISOString(),
    },
    auditChain: {
      lastSealId: seal?.id ?? null,
      lastSealHash: seal?.hash ?? null,
      sealedThroughEventId: seal?.toId ?? null,
    },
  };
}

/** Signs the body with the server's Ed25519 key, as audit export manifests are (sign-manifest.ts). */
export function signErasureCertificate(body: ErasureCertificateBody): ErasureCertificate {
  return signCertificate(body, {
    publicKeyPem: signingPublicKeyPem(),
    fingerprint: signingKeyFingerprint(),
    sign: signDetached,
  });
}
