// Privilege containment: may an actor act on a target (a user, a key, a role)? Only when
// everything the target can do is within what the actor can do. Pure: callers compute both
// Access values (lib/rbac/access.ts computeAccess, inheritance included) and pass them in.
import type { Access, EffectiveToolGrant } from "@/lib/rbac/access";
import { toolPatternCovers, toolPatternsOverlap } from "@/lib/rbac/tool-pattern";

export type Containment = {
  allowed: boolean;
  reason: string;
  /** When refused for capabilities: those the target holds and the actor does not. */
  missing?: string[];
};

/**
 * Sound, not complete: when it allows, no tool path is callable by the target and not by the
 * actor; it may refuse a target that is in fact within reach (say, one allow pattern covered
 * only by two of the actor's together). The rules:
 * - every capability of the target is held by the actor;
 * - every target allow (one its own denies do not cancel) is covered by a single actor allow;
 * - every actor deny that can overlap such a target allow is covered by a target deny;
 * - a target that reaches every tool (admin) needs an actor that does; such an actor passes
 *   the tool rules whatever its grants.
 */
export function containAccess(actor: Access, target: Access): Containment {
  const missing = [...target.capabilities.keys()].filter((capability) => !actor.capabilities.has(capability));
  if (missing.length) {
    missing.sort();
    return { allowed: false, reason: `it holds ${missing.join(", ")}, which you do not hold`, missing };
  }
  if (target.reachesEveryTool && !actor.reachesEveryTool) {
    return {
      allowed: false,
      reason: `it holds the admin role's reach over every tool, which you do not hold`,
    };
  }
  if (actor.reachesEveryTool)
    return { allowed: true, reason: "you hold every capability it holds, and reach every tool" };

  const targetDenies = target.toolGrants.filter((grant) => grant.effect === "deny");
  const targetAllows = target.toolGrants.filter(
    (grant) =>
      grant.effect === "allow" &&
      !targetDenies.some((deny) => toolPatternCovers(deny.pattern, grant.pattern)),
  );
  const actorAllows = actor.toolGrants.filter((grant) => grant.effect === "allow");
  const actorDenies = actor.toolGrants.filter((grant) => grant.effect === "deny");

  for (const allow of targetAllows) {
    if (!actorAllows.some((own) => toolPatternCovers(own.pattern, allow.pattern))) {
      return {
        allowed: false,
        reason: `it may call ${describe(allow)}, which your tool grants do not cover`,
      };
    }
  }
  for (const deny of actorDenies) {
    const reached = targetAllows.find((allow) => toolPatternsOverlap(deny.pattern, allow.pattern));
    if (reached && !targetDenies.some((own) => toolPatternCovers(own.pattern, deny.pattern))) {
      return {
        allowed: false,
        reason: `you are denied ${describe(deny)}, but it is not: ${describe(reached)} reaches those tools`,
      };
    }
  }
  return { allowed: true, reason: "you hold every capability it holds, and may call every tool it may call" };
}

function describe(grant: EffectiveToolGrant): string {
  return `${grant.pattern} (${grant.effect} in role ${grant.role})`;
}

/**
 * For a change to a role, on top of containing the role before and after: a role's deny also
 * restricts what its holders get from their other roles and what heir roles add (deny wins
 * across roles), so lifting one can open tools to them although the role itself stays within
 * reach. A deny may be lifted (removed, or lost by a change of parent) only when the actor may
 * call every tool it denied.
 */
export function containLiftedDenies(actor: Access, before: Access, after: Access): Containment {
  if (actor.reachesEveryTool) return { allowed: true, reason: "you reach every tool" };
  const afterDenies = after.toolGrants.filter((grant) => grant.effect === "deny");
  const actorAllows = actor.toolGrants.filter((grant) => grant.effect === "allow");
  const actorDenies = actor.toolGrants.filter((grant) => grant.effect === "deny");
  for (const deny of before.toolGrants.filter((grant) => grant.effect === "deny")) {
    if (afterDenies.some((kept) => toolPatternCovers(kept.pattern, deny.pattern))) continue;
    const isCallable =
      actorAllows.some((own) => toolPatternCovers(own.pattern, deny.pattern)) &&
      !actorDenies.some((own) => toolPatternsOverlap(own.pattern, deny.pattern));
    if (!isCallable) {
      return {
        allowed: false,
        reason: `lifting ${describe(deny)} would open tools you cannot call to whoever holds this role`,
      };
    }
  }
  return { allowed: true, reason: "every deny it loses covers tools you may call" };
}
