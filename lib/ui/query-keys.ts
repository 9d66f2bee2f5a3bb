// One place for TanStack Query keys, so mutations invalidate exactly what they change.
export const queryKeys = {
  me: ["me"] as const,
  users: ["users"] as const,
  userList: (q: string) => ["users", "list", q] as const,
  roles: ["roles"] as const,
  keys: ["keys"] as const,
  /** Users and keys holding a role; under "users" so user changes refresh it too. */
  roleMembers: (role: string) => ["users", "role-members", role] as const,
  overview: ["overview"] as const,
  /** "<server>/*" and "<server>/<tool>" suggestions for grant patterns and explain. */
  toolPathSuggestions: ["tool-path-suggestions"] as const,
  authProviders: ["auth-providers"] as const,
};
