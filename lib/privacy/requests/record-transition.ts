import "server-only";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditActor, RequestMeta } from "@/lib/audit/audit-event-types";
import { nextState } from "@/lib/privacy/requests/request-state-machine";
import type { RequestAction, RequestState } from "@/lib/privacy/requests/request-types";
import type { RequestRow } from "@/lib/privacy/requests/request-view";

export type TransitionBy = { actor: AuditActor; meta?: RequestMeta };

/** The runner's own transitions (a job finished, failed, a hold released). */
export const BY_SYSTEM: TransitionBy = { actor: { type: "system" } };

export type Transition = {
  action: Exclude<RequestAction, "receive">;
  reason?: string | null;
  /** non-personal facts for the timeline and the audit event (a hold id, a new due date) */
  details?: Record<string, unknown>;
  /** columns to change with the state */
  data?: Prisma.PrivacyRequestUpdateManyMutationInput;
  /** a further condition the row must meet (the runner: that it still holds the lease) */
  guard?: Prisma.PrivacyRequestWhereInput;
};

const VERBS: Record<Transition["action"], string> = {
  verify_identity: "verified",
  approve: "approved",
  reject: "rejected",
  cancel: "cancelled",
  extend: "extended",
  execute: "executed",
  retry: "retried",
  hold: "put on hold",
  release: "released",
  complete: "completed",
  fail: "marked failed",
};

function actorColumns(actor: AuditActor): { actorType: string; actorId: string | null } {
  return actor.type === "user" || actor.type === "api_key"
    ? { actorType: actor.type, actorId: actor.id }
    : { actorType: "system", actorId: null };
}

/**
 * Moves a request by one action: checks the state machine, writes the new state only if the row
 * is still in the state it was read in (two people acting at once: one wins, the other gets 409),
 * adds the timeline row in the same transaction, then records the audit event.
 */
export async function recordTransition(
  request: RequestRow,
  transition: Transition,
  by: TransitionBy,
): Promise<RequestState> {
  const from = request.state as RequestState;
  const to = nextState(from, transition.action);
  if (!to)
    throw new AppError(
      "conflict",
      `This request is ${from.replace("_", " ")}: it cannot be ${VERBS[transition.action]} now.`,
      {
        state: from,
        action: transition.action,
      },
    );
  const { actorType, actorId } = actorColumns(by.actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.privacyRequest.updateMany({
      where: { ...transition.guard, id: request.id, state: from },
      data: { ...transition.data, state: to },
    });
    if (count === 0)
      throw new AppError(
        "conflict",
        "Someone else changed this request meanwhile. Reload it and try again.",
        {
          state: from,
          action: transition.action,
        },
      );
    await tx.privacyRequestTransition.create({
      data: {
        requestId: request.id,
        fromState: from,
        toState: to,
        action: transition.action,
        actorType,
        actorId,
        reason: transition.reason ?? null,
        details: (transition.details ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
  });
  await recordEvent({
    category: "privacy",
    action: `request.${transition.action}`,
    result: "success",
    actor: by.actor,
    target: request.id,
    subjectId: request.subjectId,
    details: {
      requestId: request.id,
      type: request.type,
      from,
      to,
      ...(transition.reason ? { reason: transition.reason } : {}),
      ...transition.details,
    },
    meta: by.meta,
  });
  return to;
}

export async function findRequestOrThrow(id: string): Promise<RequestRow> {
  const request = await db.privacyRequest.findUnique({ where: { id } });
  if (!request) throw new AppError("not_found", "No data-subject request has this id.");
  return request;
}
