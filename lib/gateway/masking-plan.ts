import "server-only";
import { getMaskingRuntime, type MaskPlan } from "@/lib/privacy/policies/masking-runtime";
import type { ApiKeyPrincipal } from "@/lib/auth/authenticate-api-key";

/**
 * The masking plan for what a call returns ("results") or stores ("audit"), by the key's roles and
 * the tool's path (a role's policy also covers roles that inherit from it); null when no policy applies, and then nothing is scanned. From memory once the
 * runtime is built (rebuilt on the "privacy" topic).
 */
export async function maskingPlanFor(
  principal: ApiKeyPrincipal,
  path: string,
  target: "results" | "audit",
): Promise<MaskPlan | null> {
  return (await getMaskingRuntime()).planFor(principal.access.effectiveRoles, path, target);
}
