import "server-only";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { checkCallPrivacy } from "@/lib/gateway/check-call-privacy";
import { log } from "@/lib/log";
import { consentRequired, GatewayRpcError, subjectRequired } from "@/lib/gateway/gateway-errors";
import { recordGatewayCall, type GatewayCallRecord } from "@/lib/gateway/record-gateway-call";
import { resolveCallSubject, type CallSubject } from "@/lib/gateway/resolve-call-subject";
import type { CatalogPrivacy } from "@/lib/gateway/catalog-privacy";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

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
): Promise<CallSubject | null> {
  let subject: CallSubject | null;
  let refusal: Awaited<ReturnType<typeof checkCallPrivacy>>;
  try {
    subject = await resolveCallSubject(ctx, options.privacy, options.meta, options.args);
    refusal = await checkCallPrivacy(options.privacy, subject);
  } catch (error) {
    // A database failure while a cache is cold: the call is not let through unchecked, and
    // neither the client nor the log hears the cause, whose message may quote the query's values.
    log.error("privacy check failed", { tool: options.record.target, error: errorKind(error) });
    await recordGatewayCall({
      ...options.record,
      outcome: "internal_error",
      error: "the privacy check failed",
    });
    throw new GatewayRpcError(
      ErrorCode.InternalError,
      `Gatehouse could not check whom ${options.name} is about or their consent; retry shortly.`,
    );
  }
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

function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
  return `${error.name}${code}`;
}
