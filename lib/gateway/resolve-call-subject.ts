import "server-only";
import { AppError } from "@/lib/errors";
import { resolveSubject, type SubjectRef } from "@/lib/privacy/subjects/resolve-subject";
import { claimFromArguments, claimFromMeta } from "@/lib/gateway/subject-claims";
import type { CatalogPrivacy } from "@/lib/gateway/catalog-privacy";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

/** A call's subject: the audit trail names them by pseudonym only. */
export type CallSubject = SubjectRef;

/**
 * The data subject a call is about: the X-Gatehouse-Subject header, else
 * _meta["gatehouse/subject"], else the tool's identifying arguments; created on first sight.
 * Null when none names a valid identifier (a call that needs one is then refused).
 */
export async function resolveCallSubject(
  ctx: GatewayRequestContext,
  privacy: CatalogPrivacy | null,
  meta: unknown,
  args: unknown,
): Promise<CallSubject | null> {
  const claim =
    ctx.subjectClaim ??
    claimFromMeta(meta) ??
    (privacy?.identifyingPaths.length ? claimFromArguments(args, privacy.identifyingPaths) : null);
  if (!claim) return null;
  try {
    return await resolveSubject(claim, "gateway");
  } catch (error) {
    // A value that does not normalize (say a phone without a valid number) names no one.
    if (error instanceof AppError && error.code === "invalid_input") return null;
    throw error;
  }
}
