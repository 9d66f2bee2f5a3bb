import "server-only";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { findTokenValues } from "@/lib/privacy/policies/token-vault";

export type RevealedToken = { token: string; kind: string; value: string };

/** The value behind a token; the audit event keeps the token and the reason, never the value. */
export async function revealToken(token: string, reason: string, by: AuditByActor): Promise<RevealedToken> {
  const found = (await findTokenValues([token])).get(token);
  if (!found) throw new AppError("not_found", "No value is stored for this token.");
  await recordEvent({
    category: "privacy",
    action: "token_revealed",
    result: "success",
    actor: by.actor,
    target: token,
    details: { token, reason },
    meta: by.meta,
  });
  return { token, kind: found.kind, value: found.value };
}
