import "server-only";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditActor, AuditByActor } from "@/lib/audit/audit-event-types";
import { readLastVerification, storeLastVerification } from "@/lib/audit/seal/last-verification";
import { tryStartVerification } from "@/lib/audit/seal/verification-lock";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import type { VerificationView, VerifierRef } from "@/lib/audit/seal/integrity-types";

export type RunVerificationContext = AuditByActor;

/**
 * Verifies the chain on behalf of someone, keeps the result as the last verification and audits
 * it. One verification at a time per process (409 conflict while one runs).
 */
export async function runVerification(context: RunVerificationContext): Promise<VerificationView> {
  const release = tryStartVerification();
  if (!release) throw new AppError("conflict", "A verification is already running; wait for it to finish.");
  try {
    const result = await verifyAuditChain();
    await storeLastVerification({
      ...result,
      verifiedAt: new Date().toISOString(),
      by: refOf(context.actor),
    });
    await recordEvent({
      category: "audit",
      action: "verify",
      result: result.ok ? "success" : "failure",
      actor: context.actor,
      details: {
        verifiedUpToEventId: result.verifiedUpToEventId,
        eventsChecked: result.eventsChecked,
        ...(result.problem
          ? { problem: { kind: result.problem.kind, message: result.problem.message } }
          : {}),
      },
      meta: context.meta,
    });
    const stored = await readLastVerification();
    if (!stored) throw new Error("The verification result was not stored.");
    return stored;
  } finally {
    release();
  }
}

function refOf(actor: AuditActor): VerifierRef {
  if (actor.type === "user" || actor.type === "api_key") return { type: actor.type, id: actor.id };
  return { type: "system", id: null };
}
