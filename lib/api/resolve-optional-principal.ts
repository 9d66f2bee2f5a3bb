import "server-only";
import type { NextRequest } from "next/server";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import { resolvePrincipal } from "@/lib/api/resolve-principal";
import type { Principal } from "@/lib/auth/principal";

/**
 * The principal when the request carries valid credentials, otherwise null: for public routes
 * that say more to a caller who may see more (the readiness probe). A stale or bad credential
 * (audited as a failed authentication, as anywhere) or a database that cannot be asked counts as
 * none, never as an error, so that a probe keeps answering.
 */
export async function resolveOptionalPrincipal(
  req: NextRequest,
  meta: RequestMeta,
): Promise<Principal | null> {
  try {
    return await resolvePrincipal(req, meta);
  } catch {
    return null;
  }
}
