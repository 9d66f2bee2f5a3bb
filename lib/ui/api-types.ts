// Shapes of the REST API's JSON answers, as the console reads them.

export type Me = {
  type: "user";
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  capabilities: string[];
};

export type UserView = {
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  isDisabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  signInMethods: ("password" | "oidc")[];
};

export type ToolGrant = { pattern: string; effect: "allow" | "deny" };

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
  rateLimitPerMinute?: number | null;
  userCount: number;
  keyCount: number;
};

export type KeyStatus = "active" | "expired" | "revoked";

export type KeyView = {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  rateLimitPerMinute: number | null;
  owner: string | null;
  status: KeyStatus;
};
