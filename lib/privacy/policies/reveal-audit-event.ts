import "server-only";
import type { AuditEventView } from "@/lib/audit/event-view";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getAuditEventOrThrow } from "@/lib/audit/search/get-audit-event";
import { findTokenValues } from "@/lib/privacy/policies/token-vault";
import { TOKEN_PATTERN } from "@/lib/privacy/policies/schemas";

const TOKEN = new RegExp(TOKEN_PATTERN, "g");

function collectTokens(value: unknown, out: Set<string>): void {
  if (typeof value === "string") for (const match of value.matchAll(TOKEN)) out.add(match[0]);
  else if (Array.isArray(value)) for (const item of value) collectTokens(item, out);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) collectTokens(item, out);
}

function replaceTokens(value: unknown, values: Map<string, { value: string }>): unknown {
  if (typeof value === "string") return value.replace(TOKEN, (token) => values.get(token)?.value ?? token);
  if (Array.isArray(value)) return value.map((item) => replaceTokens(item, values));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceTokens(item, values)]));
  }
  return value;
}

/**
 * One audit event unmasked, with the values behind the tokens in its stored arguments, for a
 * privacy:reveal holder who gave a reason. The reveal is itself an audit event.
 */
export async function revealAuditEvent(
  id: string,
  reason: string,
  by: AuditByActor,
): Promise<AuditEventView> {
  const event = await getAuditEventOrThrow(id);
  const tokens = new Set<string>();
  collectTokens(event.payload, tokens);
  const values = await findTokenValues([...tokens]);
  await recordEvent({
    category: "privacy",
    action: "audit_value_revealed",
    result: "success",
    actor: by.actor,
    target: `audit event ${event.id}`,
    details: { eventId: event.id, reason },
    meta: by.meta,
  });
  return values.size > 0 ? { ...event, payload: replaceTokens(event.payload, values) } : event;
}
