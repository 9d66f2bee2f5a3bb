import "server-only";
import { consentFor, purposeLegalBasis } from "@/lib/privacy/consent/consent-ledger";
import type { SubjectRef } from "@/lib/privacy/subjects/resolve-subject";
import type { CatalogPrivacy } from "@/lib/gateway/catalog-privacy";

export type PrivacyRefusal =
  | { outcome: "subject_required"; purpose?: string }
  | { outcome: "consent_required"; purpose: string; subject: SubjectRef };

/**
 * Whether the declaration lets the call go ahead: a tool that requires a subject needs one, and
 * every purpose whose legal basis is consent needs the subject's latest record to be "granted".
 * Other legal bases (contract, legitimate interests, …) need no consent. Reads only caches once
 * warm (purposes and each subject's consents, dropped on the "consent" topic).
 */
export async function checkCallPrivacy(
  privacy: CatalogPrivacy | null,
  subject: SubjectRef | null,
): Promise<PrivacyRefusal | null> {
  if (!privacy) return null;
  if (privacy.requiresSubject && !subject) return { outcome: "subject_required" };
  for (const purpose of privacy.purposes) {
    if ((await purposeLegalBasis(purpose)) !== "consent") continue;
    if (!subject) return { outcome: "subject_required", purpose };
    if ((await consentFor(subject.id, purpose)) !== "granted")
      return { outcome: "consent_required", purpose, subject };
  }
  return null;
}
