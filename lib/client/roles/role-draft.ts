// The role editor's form state and its conversion to and from the REST API's shapes.
import { rateLimitInputError } from "@/lib/client/roles/rate-limit-input-error";
import { isCapability } from "@/lib/rbac/capabilities";
import { TOOL_PATTERN_REGEX } from "@/lib/rbac/tool-pattern";
import type { ApiError } from "@/lib/client/api-error";
import type { RoleView } from "@/lib/roles/role-view-type";
import type { CreateRoleInput, ToolGrant, UpdateRoleInput } from "@/lib/roles/schemas";

/** A grant row; `key` keeps React rows stable while patterns are edited. */
export type GrantRow = ToolGrant & { key: string };

export type RoleDraft = {
  name: string;
  description: string;
  inherits: string | null;
  capabilities: string[];
  toolGrants: GrantRow[];
  /** The input's text: "" means no limit of its own. */
  rateLimit: string;
};

export type DraftErrors = {
  name?: string;
  description?: string;
  inherits?: string;
  capabilities?: string;
  rateLimit?: string;
  /** By row key. */
  grants: Record<string, string>;
};

const ROLE_NAME_REGEX = /^[a-z][a-z0-9_]{1,47}$/;

let nextRowKey = 0;
export function newGrantRow(grant: ToolGrant = { pattern: "", effect: "allow" }): GrantRow {
  nextRowKey += 1;
  return { ...grant, key: `grant-${nextRowKey}` };
}

export function emptyDraft(): RoleDraft {
  return { name: "", description: "", inherits: null, capabilities: [], toolGrants: [], rateLimit: "" };
}

/** The editor's starting point for a role; for a clone, a free-to-edit copy under a new name. */
export function draftFromRole(role: RoleView, options: { asCopy?: boolean } = {}): RoleDraft {
  return {
    name: options.asCopy ? copyName(role.name) : role.name,
    description: role.description,
    inherits: role.inherits,
    capabilities: [...role.capabilities],
    toolGrants: role.toolGrants.map((g) => newGrantRow(g)),
    rateLimit: role.rateLimitPerMinute ? String(role.rateLimitPerMinute) : "",
  };
}

function copyName(name: string): string {
  return `${name}_copy`.slice(0, 48);
}

function rateLimitValue(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

function grantsOf(draft: RoleDraft): ToolGrant[] {
  return draft.toolGrants
    .filter((g) => g.pattern.trim() !== "")
    .map((g) => ({ pattern: g.pattern.trim(), effect: g.effect }));
}

/** The server accepts only the typed list; a name it does not know could not be saved anyway. */
function capabilitiesOf(draft: RoleDraft) {
  return draft.capabilities.filter(isCapability);
}

export function toCreateBody(draft: RoleDraft): CreateRoleInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    inherits: draft.inherits,
    capabilities: capabilitiesOf(draft),
    toolGrants: grantsOf(draft),
    rateLimitPerMinute: rateLimitValue(draft.rateLimit),
  };
}

/** The PATCH body; built-in roles keep their capabilities and inheritance, so those are left out. */
export function toUpdateBody(draft: RoleDraft, isBuiltIn: boolean): UpdateRoleInput {
  const common = {
    description: draft.description.trim(),
    toolGrants: grantsOf(draft),
    rateLimitPerMinute: rateLimitValue(draft.rateLimit),
  };
  return isBuiltIn ? common : { ...common, inherits: draft.inherits, capabilities: capabilitiesOf(draft) };
}

/** Whether saving the draft would change the role. */
export function isDraftChanged(draft: RoleDraft, role: RoleView): boolean {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
  const grantKeys = (grants: readonly ToolGrant[]) => grants.map((g) => `${g.effect} ${g.pattern}`);
  return (
    draft.description.trim() !== role.description ||
    draft.inherits !== role.inherits ||
    !same(draft.capabilities, role.capabilities) ||
    !same(grantKeys(grantsOf(draft)), grantKeys(role.toolGrants)) ||
    rateLimitValue(draft.rateLimit) !== (role.rateLimitPerMinute ?? null)
  );
}

/** The roles that `name` would inherit from, in order, following `inherits` through the list. */
export function inheritanceChain(parent: string | null, roles: readonly RoleView[]): RoleView[] {
  const byName = new Map(roles.map((r) => [r.name, r]));
  const chain: RoleView[] = [];
  let current = parent ? byName.get(parent) : undefined;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.inherits ? byName.get(current.inherits) : undefined;
  }
  return chain;
}

/** Checks the draft as the server would, so most mistakes show before a round trip. */
export function validateDraft(
  draft: RoleDraft,
  options: { isNew: boolean; roles: readonly RoleView[] },
): DraftErrors {
  const errors: DraftErrors = { grants: {} };
  const name = draft.name.trim();
  if (options.isNew) {
    if (!ROLE_NAME_REGEX.test(name))
      errors.name = "Use 2–48 characters: lowercase letters, digits and _, starting with a letter.";
    else if (options.roles.some((r) => r.name === name)) errors.name = `A role named ${name} already exists.`;
  }
  if (draft.description.trim().length > 500) errors.description = "Use at most 500 characters.";
  if (draft.inherits && inheritanceChain(draft.inherits, options.roles).some((r) => r.name === name)) {
    errors.inherits = `${draft.inherits} already inherits from ${name}: this would create a cycle.`;
  }
  errors.rateLimit = rateLimitInputError(draft.rateLimit);
  for (const grant of draft.toolGrants) {
    const pattern = grant.pattern.trim();
    if (pattern === "") continue;
    if (pattern.length > 200) errors.grants[grant.key] = "Use at most 200 characters.";
    else if (!TOOL_PATTERN_REGEX.test(pattern))
      errors.grants[grant.key] = "Use <server>/<tool>, with * as a wildcard (e.g. everything/*).";
  }
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  const { grants, ...rest } = errors;
  return Object.values(rest).some(Boolean) || Object.keys(grants).length > 0;
}

/** The server's field errors, placed on the draft's fields; grant errors go to the row that was sent at that index. */
export function errorsFromApi(error: ApiError, draft: RoleDraft): DraftErrors {
  const sentRows = draft.toolGrants.filter((g) => g.pattern.trim() !== "");
  const grants: Record<string, string> = {};
  for (const [field, messages] of Object.entries(error.fields)) {
    const match = /^toolGrants\.(\d+)/.exec(field);
    const row = match ? sentRows[Number(match[1])] : undefined;
    if (row && messages[0]) grants[row.key] = messages[0];
  }
  return {
    name: error.fieldError("name"),
    description: error.fieldError("description"),
    inherits: error.fieldError("inherits"),
    capabilities: error.fieldError("capabilities"),
    rateLimit: error.fieldError("rateLimitPerMinute"),
    grants,
  };
}
