// Maps the roles claim of an OIDC profile to Gatehouse role names. The claim may be a list or a
// space/comma separated string, and may be nested ("realm_access.roles").
export function rolesFromClaims(
  claims: Record<string, unknown>,
  claimPath: string,
  knownRoles: ReadonlySet<string>,
): string[] {
  let value: unknown = claims;
  for (const part of claimPath.split(".")) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : [];
  const names = raw.filter((v): v is string => typeof v === "string" && knownRoles.has(v));
  return [...new Set(names)];
}
