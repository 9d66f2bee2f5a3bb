import "server-only";
import type { z } from "zod";
import { decide, type Decision } from "@/lib/rbac/decide";
import { loadPrincipalAccess } from "@/lib/access/load-principal-access";
import type { explainSchema } from "@/lib/access/schemas";

export type Explanation = Decision & {
  principal: { type: string; id: string; label: string; roles: string[] };
};

/** The console's "why": the same decide() the gateway and API use, with the rule that decided. */
export async function explainDecision(input: z.output<typeof explainSchema>): Promise<Explanation> {
  const subject = await loadPrincipalAccess(input.principal);
  const decision = decide(subject.access, input.action);
  return { ...decision, principal: { ...subject.ref, label: subject.label, roles: subject.roles } };
}
