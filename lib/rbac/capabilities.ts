// The typed list of console and API capabilities, "resource:action". Adding one here makes it
// grantable; the admin role always holds all of them.
export const CAPABILITIES = [
  "servers:read",
  "servers:write",
  "tools:read",
  "tools:write",
  "roles:read",
  "roles:write",
  "users:read",
  "users:write",
  "keys:read",
  "keys:write",
  "audit:read",
  "audit:export",
  "audit:verify",
  "retention:write",
  "privacy:read",
  "privacy:request",
  "privacy:approve",
  "privacy:execute",
  // Detectors and masking policies.
  "privacy:write",
  // Showing personal values unmasked (stored arguments, tokens), each time with a reason.
  "privacy:reveal",
  "consent:write",
  "metrics:read",
  "settings:read",
  "settings:write",
  "mcp:connect",
  // Starting commands on the host (stdio upstreams): admin only by default, on top of servers:write.
  "servers:exec",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

const capabilitySet: ReadonlySet<string> = new Set(CAPABILITIES);

export function isCapability(value: string): value is Capability {
  return capabilitySet.has(value);
}

/** Human-readable grouping for the console's capability editor. */
export const CAPABILITY_AREAS: Record<string, readonly Capability[]> = {
  "Servers and tools": ["servers:read", "servers:write", "servers:exec", "tools:read", "tools:write"],
  Access: ["roles:read", "roles:write", "users:read", "users:write", "keys:read", "keys:write"],
  Audit: ["audit:read", "audit:export", "audit:verify", "retention:write"],
  Privacy: [
    "privacy:read",
    "privacy:write",
    "privacy:reveal",
    "privacy:request",
    "privacy:approve",
    "privacy:execute",
    "consent:write",
  ],
  Operations: ["metrics:read", "settings:read", "settings:write", "mcp:connect"],
};
