// A deterministic, realistic mix of audit events for the benchmark: mostly gateway tool calls by a
// few dozen API keys, sign-ins by a few hundred people, some denials and admin changes. The same
// seed gives the same events, so runs on SQLite and PostgreSQL see identical data.
import type { AuditEventInput } from "@/lib/audit/audit-event-types";

export const MIX = {
  users: 300,
  apiKeys: 25,
  servers: ["crm", "files", "search", "billing", "everything"],
  toolsPerServer: 8,
} as const;

/** mulberry32: small, fast, good enough to spread benchmark data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const userEmail = (i: number) => `person${i}@example.com`;
export const userId = (i: number) => `user_${i}`;
export const keyId = (i: number) => `key_${i}`;
export const serverId = (slug: string) => `srv_${slug}`;
export const toolName = (slug: string, i: number) => `${slug}/tool_${i}`;
export const correlationIdOf = (n: number) => `corr-${Math.floor(n / 3)}`;

const GATEWAY_RESULTS: [AuditEventInput["result"], string, number][] = [
  ["success", "success", 0.9],
  ["error", "upstream_error", 0.03],
  ["error", "timeout", 0.02],
  ["denied", "denied", 0.02],
  ["failure", "invalid", 0.02],
  ["denied", "rate_limited", 0.01],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function gatewayOutcome(random: () => number): [AuditEventInput["result"], string] {
  let roll = random();
  for (const [result, outcome, share] of GATEWAY_RESULTS) {
    if (roll < share) return [result, outcome];
    roll -= share;
  }
  return ["success", "success"];
}

/** The n-th event of the benchmark's trail. */
export function benchEvent(n: number, random: () => number): AuditEventInput {
  const meta = {
    ip: `10.0.${n % 200}.${n % 250}`,
    userAgent: "bench-agent/1.0",
    correlationId: correlationIdOf(n),
  };
  const roll = random();
  if (roll < 0.7) {
    const key = Math.floor(random() * MIX.apiKeys);
    const slug = pick(random, MIX.servers);
    const tool = toolName(slug, Math.floor(random() * MIX.toolsPerServer));
    const [result, outcome] = gatewayOutcome(random);
    // One call in twenty names a person in its arguments (encrypted under their key).
    const payload =
      random() < 0.05
        ? { customer: userEmail(Math.floor(random() * MIX.users)), limit: 10 }
        : { query: `order ${n}`, limit: 10 };
    return {
      category: "gateway",
      action: "tools/call",
      result,
      actor: { type: "api_key", id: keyId(key), label: `agent-${key} (ghk_k${key})` },
      serverId: serverId(slug),
      tool,
      target: tool,
      durationMs: 2 + Math.floor(random() * 300),
      details: {
        outcome,
        upstreamMs: Math.round(random() * 30000) / 100,
        ...(outcome === "upstream_error" ? { error: "Upstream said: connection reset by peer" } : {}),
      },
      payload,
      meta,
    };
  }
  const user = Math.floor(random() * MIX.users);
  const person = { type: "user" as const, id: userId(user), label: userEmail(user) };
  if (roll < 0.85) {
    const failed = random() < 0.1;
    return {
      category: "auth",
      action: "sign_in",
      result: failed ? "failure" : "success",
      actor: failed ? { type: "anonymous", label: userEmail(user) } : person,
      details: { method: "password", ...(failed ? { reason: "wrong_password" } : {}) },
      meta,
    };
  }
  if (roll < 0.9) {
    return {
      category: "access",
      action: "authorize",
      result: "denied",
      actor: person,
      target: "GET /api/v1/users",
      details: { capability: "users:read", reason: "missing capability" },
      meta,
    };
  }
  const other = Math.floor(random() * MIX.users);
  const admin = pick(random, ["user", "role", "key", "server", "tool"] as const);
  if (admin === "user") {
    return {
      category: "user",
      action: "change_roles",
      result: "success",
      actor: person,
      target: userId(other),
      subject: { email: userEmail(other), id: userId(other) },
      details: { changes: { roles: { before: ["viewer"], after: ["auditor"] } } },
      meta,
    };
  }
  return {
    category: admin,
    action: "update",
    result: "success",
    actor: person,
    target: `${admin}_${other}`,
    details: { changes: { description: "edited" } },
    meta,
  };
}
