// One place for TanStack Query keys, so mutations invalidate exactly what they change.
export const queryKeys = {
  me: ["me"] as const,
  users: ["users"] as const,
  userList: (q: string) => ["users", "list", q] as const,
  roles: ["roles"] as const,
  keys: ["keys"] as const,
  authProviders: ["auth-providers"] as const,
};
