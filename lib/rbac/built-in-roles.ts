import { CAPABILITIES, type Capability } from "@/lib/rbac/capabilities";

export type BuiltInRole = {
  name: string;
  description: string;
  capabilities: readonly Capability[];
  /**
   * Every tool is within this role's reach for privilege containment, whatever its own grants:
   * it holds roles:write over every role, its own included, so it could grant itself any tool.
   * Calling a tool through the gateway still needs a grant (deny by default holds for admins too).
   */
  reachesEveryTool?: true;
};

/**
 * Built-in roles, created at start and kept in step with this list. They cannot be deleted;
 * their capabilities are defined here, not edited in the database.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  {
    name: "admin",
    description: "Everything, including roles, users and settings.",
    capabilities: CAPABILITIES,
    reachesEveryTool: true,
  },
  {
    name: "operator",
    description: "Runs the gateway: servers, tools, API keys and metrics.",
    capabilities: [
      "servers:read",
      "servers:write",
      "tools:read",
      "tools:write",
      "keys:read",
      "keys:write",
      "roles:read",
      "metrics:read",
      "settings:read",
      "mcp:connect",
    ],
  },
  {
    name: "compliance_officer",
    description:
      "Searches, exports and verifies the audit trail; manages retention, consent, detectors and masking.",
    capabilities: [
      "audit:read",
      "audit:export",
      "audit:verify",
      "retention:write",
      "consent:write",
      "privacy:read",
      "privacy:write",
      "privacy:reveal",
      "users:read",
      "roles:read",
      "metrics:read",
    ],
  },
  {
    name: "auditor",
    description: "Runs data-subject requests: access exports and erasures.",
    capabilities: [
      "privacy:read",
      "privacy:request",
      "privacy:approve",
      "privacy:execute",
      "audit:read",
      "audit:verify",
      "metrics:read",
    ],
  },
  {
    name: "viewer",
    description: "Reads servers, tools and metrics.",
    capabilities: ["servers:read", "tools:read", "metrics:read"],
  },
  {
    name: "service",
    description: "Machine access: connects to the MCP gateway; tools granted per pattern.",
    capabilities: ["mcp:connect"],
  },
];

export const ADMIN_ROLE = "admin";

const builtInNames: ReadonlySet<string> = new Set(BUILT_IN_ROLES.map((r) => r.name));

const everyToolNames: ReadonlySet<string> = new Set(
  BUILT_IN_ROLES.filter((r) => r.reachesEveryTool).map((r) => r.name),
);

/** Custom roles cannot take a built-in name, so the name alone identifies these roles. */
export function roleReachesEveryTool(name: string): boolean {
  return everyToolNames.has(name);
}

export function isBuiltInRoleName(name: string): boolean {
  return builtInNames.has(name);
}
