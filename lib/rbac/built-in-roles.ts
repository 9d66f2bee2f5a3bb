import { CAPABILITIES, type Capability } from "@/lib/rbac/capabilities";

export type BuiltInRole = {
  name: string;
  description: string;
  capabilities: readonly Capability[];
};

/**
 * Built-in roles, created at start and kept in step with this list. They cannot be deleted;
 * their capabilities are defined here, not edited in the database.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  { name: "admin", description: "Everything, including roles, users and settings.", capabilities: CAPABILITIES },
  {
    name: "operator",
    description: "Runs the gateway: servers, tools, API keys and metrics.",
    capabilities: ["servers:read", "servers:write", "tools:read", "tools:write", "keys:read", "keys:write", "roles:read", "metrics:read", "settings:read", "mcp:connect"],
  },
  {
    name: "compliance_officer",
    description: "Searches, exports and verifies the audit trail; manages retention and consent.",
    capabilities: ["audit:read", "audit:export", "audit:verify", "retention:write", "consent:write", "privacy:read", "users:read", "roles:read", "metrics:read"],
  },
  {
    name: "auditor",
    description: "Runs data-subject requests: access exports and erasures.",
    capabilities: ["privacy:read", "privacy:request", "privacy:approve", "privacy:execute", "audit:read", "audit:verify", "metrics:read"],
  },
  { name: "viewer", description: "Reads servers, tools and metrics.", capabilities: ["servers:read", "tools:read", "metrics:read"] },
  { name: "service", description: "Machine access: connects to the MCP gateway; tools granted per pattern.", capabilities: ["mcp:connect"] },
];

export const ADMIN_ROLE = "admin";

const builtInNames: ReadonlySet<string> = new Set(BUILT_IN_ROLES.map((r) => r.name));

export function isBuiltInRoleName(name: string): boolean {
  return builtInNames.has(name);
}
