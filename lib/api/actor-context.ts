import "server-only";
import { actorOf, type AuditActor, type RequestMeta } from "@/lib/audit/record-event";
import type { Principal } from "@/lib/auth/principal";

/** Who is acting, as domain functions want it: the principal for checks, the actor for audit. */
export function byPrincipal(
  principal: Principal,
  meta: RequestMeta,
): { principal: Principal; actor: AuditActor; meta: RequestMeta } {
  return { principal, actor: actorOf(principal), meta };
}
