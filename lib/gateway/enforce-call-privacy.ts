import "server-only";
import { checkCallPrivacy } from "@/lib/gateway/check-call-privacy";
import { consentRequired, subjectRequired } from "@/lib/gateway/gateway-errors";
import { recordGatewayCall, type GatewayCallRecord } from "@/lib/gateway/record-gateway-call";
import { resolveCallSubject } from "@/lib/gateway/resolve-call-subject";
import type { CatalogPrivacy } from "@/lib/gateway/catalog-privacy";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";
import type { SubjectRef } from "@/lib/privacy/subjects/resolve-subject";

export type EnforceCallPrivacyOptions = {
  /** The name the client asked for, for the error message */
  name: string;
  privacy: CatalogPrivacy | null;
  /** params._meta and the arguments: where the subject may be named */
  meta: unknown;
  args: unknown;
  /** The audit record so far (target and server resolved) */
  record: Omit<GatewayCallRecord, "outcome">;
};

/**
 * After authorization, before argument validation: finds whom the call is about and refuses it
 * (audited as denied, upstream not called) when the declaration needs a subject or a consent
 * that is missing. Returns the subject, which every later audit record of the call names.
 */
export async function enforceCallPrivacy(
  ctx: GatewayRequestContext,
  options: EnforceCallPrivacyOptions,
): Promise<SubjectRef | null> {
  const subject = await resolveCallSubject(ctx, options.privacy, options.meta, options.args);
  const refusal = await checkCallPrivacy(options.privacy, subject);
  if (!refusal) return subject;
  await recordGatewayCall({
    ...options.record,
    subject,
    outcome: refusal.outcome,
    purpose: refusal.purpose,
    reason:
      refusal.outcome === "consent_required"
        ? `no consent for purpose ${refusal.purpose}`
        : "the call names no data subject",
  });
  throw refusal.outcome === "consent_required"
    ? consentRequired(options.name, refusal.purpose, refusal.subject.id)
    : subjectRequired(options.name, refusal.purpose);
}
