// The ten typical searches a compliance officer runs, in URL-parameter form (as the console sends them).
import { correlationIdOf, keyId, serverId, toolName, userEmail } from "./event-mix";

export const TYPICAL_SEARCHES: { label: string; params: Record<string, string> }[] = [
  { label: "last 24 h, no filter", params: { range: "24h" } },
  { label: "sign-ins, last 7 d", params: { category: "auth", range: "7d" } },
  { label: "denied, last 24 h", params: { result: "denied", range: "24h" } },
  { label: "one API key", params: { actor: keyId(3) } },
  { label: "one person by email", params: { person: userEmail(7) } },
  { label: "one server, 30 d", params: { server: serverId("crm"), range: "30d" } },
  { label: "one tool", params: { tool: toolName("billing", 2) } },
  { label: "one correlation id", params: { correlationId: correlationIdOf(123_456) } },
  { label: "gateway errors", params: { category: "gateway", result: "error" } },
  { label: "role changes, 30 d", params: { action: "change_roles", range: "30d" } },
];

/** Free text: a term in ~3% of events (first page) and one that matches a single event (full scan). */
export const FREE_TEXT_SEARCHES: { label: string; params: Record<string, string> }[] = [
  { label: "free text, common term", params: { q: "connection reset" } },
  { label: "free text, rare term", params: { q: "users:read", category: "access", range: "24h" } },
];
