import "server-only";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { containAccess, containLiftedDenies, type Containment } from "@/lib/rbac/contain-access";
import type { Access } from "@/lib/rbac/access";

export type ContainmentCheck = {
  /** The audit event's target: a user id, a key id, a role name. */
  target: string;
  /** What is being attempted, in words that finish "You cannot …", e.g. "reset this user's password". */
  attempt: string;
  /** The target as it is; omitted when it does not exist yet (create). */
  before?: Access;
  /** The target as it would be after the change; omitted when nothing it holds changes. */
  after?: Access;
  /**
   * The target is a role: its denies also restrict its holders' other roles and its heirs, so a
   * change may not lift a deny over tools the actor cannot call (containLiftedDenies).
   */
  isRole?: boolean;
};

/**
 * The one privilege-containment check for acting on a user, a key or a role: everything the
 * target can do, as it is and as it would be, must be within what the acting principal can do
 * (lib/rbac/contain-access.ts). A refusal is audited (category access, result denied, with the
 * reason) and thrown as forbidden with the reason in details. A null principal (the CLI, run by
 * whoever holds the machine) is trusted.
 */
export async function assertContained(by: AuditBy, check: ContainmentCheck): Promise<void> {
  if (!by.principal) return;
  const actor = by.principal.access;
  const { before, after } = check;
  const decisions: { state: "before" | "after"; prefix: string; decide: () => Containment }[] = [];
  if (before) decisions.push({ state: "before", prefix: "", decide: () => containAccess(actor, before) });
  if (after)
    decisions.push({ state: "after", prefix: "afterwards ", decide: () => containAccess(actor, after) });
  if (check.isRole && before && after)
    decisions.push({ state: "after", prefix: "", decide: () => containLiftedDenies(actor, before, after) });
  for (const { state, prefix, decide } of decisions) {
    const decision = decide();
    if (decision.allowed) continue;
    const reason = `${prefix}${decision.reason}`;
    await recordEvent({
      category: "access",
      action: "contain",
      result: "denied",
      actor: by.actor,
      target: check.target,
      details: { attempt: check.attempt, state, reason },
      meta: by.meta,
    });
    throw new AppError("forbidden", `You cannot ${check.attempt}: ${reason}.`, {
      reason,
      state,
      ...(decision.missing ? { missing: decision.missing } : {}),
    });
  }
}
