import "server-only";
import { db } from "@/lib/db";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";
import { findBlockingHold } from "@/lib/privacy/requests/find-blocking-hold";
import { personOf } from "@/lib/privacy/requests/request-person";
import { recordTransition } from "@/lib/privacy/requests/record-transition";
import { nextState } from "@/lib/privacy/requests/request-state-machine";
import { runRequest } from "@/lib/privacy/requests/run-request";
import { consoleAccountIdsOf, readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";
import type { RequestRow } from "@/lib/privacy/requests/request-view";
import type { RequestState } from "@/lib/privacy/requests/request-types";

type Actor = AuditBy & { principal: NonNullable<AuditBy["principal"]> };

/**
 * An erasure scrubs the person's console account: like any change to a user, only someone who can
 * do everything that account can may cause it (privilege containment).
 */
async function assertAccountsContained(subjectId: string, by: Actor): Promise<void> {
  const identity = await readSubjectIdentity(subjectId);
  for (const userId of identity ? await consoleAccountIdsOf(identity) : []) {
    const roles = await db.userRole.findMany({
      where: { userId },
      select: { role: { select: { name: true } } },
    });
    await assertContained(by, {
      target: userId,
      attempt: "erase this person's console account",
      before: await accessOfRoles(roles.map((r) => r.role.name)),
    });
  }
}

/**
 * Execute (from approved) or retry (from failed): an erasure covered by an active legal hold goes
 * on hold instead, and continues once the hold is released (lib/privacy/requests/sweep-requests.ts).
 * Otherwise the job starts in the background under a lease; the caller sees state "executing".
 */
export async function startExecution(
  request: RequestRow,
  action: "execute" | "retry",
  by: Actor,
): Promise<void> {
  const allowed = nextState(request.state as RequestState, action) !== null;
  const executedById = personOf(by.principal);
  if (allowed && request.type === "erasure" && request.subjectId) {
    await assertAccountsContained(request.subjectId, by);
    const hold = await findBlockingHold(request.subjectId);
    if (hold) {
      await recordTransition(
        request,
        { action: "hold", details: { holdId: hold.id }, data: { holdId: hold.id, executedById } },
        by,
      );
      return;
    }
  }
  await recordTransition(
    request,
    {
      action,
      data: {
        executedById,
        executionStartedAt: request.executionStartedAt ?? new Date(),
        failure: null,
        holdId: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    },
    by,
  );
  void runRequest(request.id);
}
