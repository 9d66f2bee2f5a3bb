import "server-only";
import { actorOf } from "@/lib/audit/record-event";
import type { AuditActor, RequestMeta } from "@/lib/audit/audit-event-types";
import type { Principal } from "@/lib/auth/principal";

/** Who is acting, as domain functions want it: the principal for checks, the actor for audit. */
export function byPrincipal(
  principal: Principal,
  meta: RequestMeta,
): { principal: Principal; actor: AuditActor; meta: RequestMeta } {
  return { principal, actor: actorOf(principal), meta };
}
