import type { Principal } from "@/lib/auth/principal";

/**
 * The person behind a principal, for the four-eyes rule: a user, or the owner of an API key, so
 * that one person cannot approve through their key what they received through the console.
 */
export function personOf(principal: Principal): string {
  return principal.type === "user" ? principal.id : principal.ownerId;
}

/** Whether the principal may approve: nobody approves a request they received or verified. */
export function passesFourEyes(
  request: { receivedById: string | null; verifiedById: string | null },
  principal: Principal,
): boolean {
  const person = personOf(principal);
  return person !== request.receivedById && person !== request.verifiedById;
}
