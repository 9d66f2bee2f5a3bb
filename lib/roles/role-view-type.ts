// The REST API's JSON shape of a role, built by toRoleView (role-view.ts) and read by the console.
// Types only, so client code may import it.
import type { ToolGrant } from "@/lib/roles/schemas";

export type RoleView = {
  id: string;
  name: string;
  description: string;
  isBuiltIn: boolean;
  inherits: string | null;
  capabilities: string[];
  effectiveCapabilities: string[];
  toolGrants: ToolGrant[];
  /** Default calls per minute for API keys holding this role; null: no limit. */
  rateLimitPerMinute: number | null;
  userCount: number;
  keyCount: number;
};
