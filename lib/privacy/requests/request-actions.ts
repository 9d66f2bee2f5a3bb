import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";
import { subjectRefById } from "@/lib/privacy/subjects/resolve-subject";
import { extendedDueAt, MAX_EXTENSION_DAYS } from "@/lib/privacy/requests/request-deadlines";
import { passesFourEyes, personOf } from "@/lib/privacy/requests/request-person";
import { findRequestOrThrow, recordTransition } from "@/lib/privacy/requests/record-transition";
import { startExecution } from "@/lib/privacy/requests/start-execution";
import type { extendRequestSchema, verifyRequestSchema } from "@/lib/privacy/requests/schemas";
import type { RequestRow } from "@/lib/privacy/requests/request-view";

// What people do to a request, one function per action. Each checks what only it knows (four
// eyes, the extension limit); the state machine and the timeline are recordTransition's.

type Actor = AuditBy & { principal: NonNullable<AuditBy["principal"]> };

/** The reference of the identity check, under the person's key when they are known (it may name them). */
async function sealReference(request: RequestRow, reference: string): Promise<string> {
  const subject = request.subjectId ? await subjectRefById(request.subjectId) : null;
  const key = subject ? (await subjectKeysById([subject.keyId])).get(subject.keyId) : null;
  return subject && key ? encryptPersonal({ id: subject.keyId, key }, reference) : reference;
}

export async function verifyRequestIdentity(
  id: string,
  input: z.output<typeof verifyRequestSchema>,
  by: Actor,
): Promise<void> {
  const request = await findRequestOrThrow(id);
  await recordTransition(
    request,
    {
      action: "verify_identity",
      details: { method: input.method },
      data: {
        verificationMethod: input.method,
        verificationReference: await sealReference(request, input.reference),
        verifiedAt: new Date(),
        verifiedById: personOf(by.principal),
      },
    },
    by,
  );
}

export async function approveRequest(id: string, by: Actor): Promise<void> {
  const request = await findRequestOrThrow(id);
  if (request.state === "identity_verified" && !passesFourEyes(request, by.principal)) {
    await recordEvent({
      category: "privacy",
      action: "request.approve",
      result: "denied",
      actor: by.actor,
      target: id,
      details: { requestId: id, reason: "four_eyes" },
      meta: by.meta,
    });
    throw new AppError(
      "forbidden",
      "You received or verified this request: a second person must approve it (four eyes).",
      { reason: "four_eyes" },
    );
  }
  await recordTransition(
    request,
    { action: "approve", data: { approvedAt: new Date(), approvedById: personOf(by.principal) } },
    by,
  );
}

export async function rejectRequest(id: string, reason: string, by: Actor): Promise<void> {
  const request = await findRequestOrThrow(id);
  await recordTransition(
    request,
    { action: "reject", reason, data: { closedReason: reason, completedAt: new Date() } },
    by,
  );
}

export async function cancelRequest(id: string, reason: string, by: Actor): Promise<void> {
  const request = await findRequestOrThrow(id);
  await recordTransition(
    request,
    { action: "cancel", reason, data: { closedReason: reason, completedAt: new Date() } },
    by,
  );
}

export async function extendRequest(
  id: string,
  input: z.output<typeof extendRequestSchema>,
  by: Actor,
): Promise<void> {
  const request = await findRequestOrThrow(id);
  const dueAt = extendedDueAt(request.initialDueAt, request.dueAt, input.days);
  if (!dueAt)
    throw new AppError(
      "invalid_input",
      `An extension may add at most ${MAX_EXTENSION_DAYS} days to the initial deadline in all.`,
      {
        fields: {
          days: [
            `At most ${MAX_EXTENSION_DAYS} days past ${request.initialDueAt.toISOString().slice(0, 10)} in all`,
          ],
        },
      },
    );
  await recordTransition(
    request,
    {
      action: "extend",
      reason: input.reason,
      details: { dueAt: dueAt.toISOString(), days: input.days },
      data: {
        dueAt,
        extensionReason: input.reason,
        extendedAt: new Date(),
        extendedById: personOf(by.principal),
      },
    },
    by,
  );
}

export async function executeRequest(id: string, by: Actor): Promise<void> {
  await startExecution(await findRequestOrThrow(id), "execute", by);
}

export async function retryRequest(id: string, by: Actor): Promise<void> {
  await startExecution(await findRequestOrThrow(id), "retry", by);
}
