// The first admin the test server is started with (scripts/e2e-server.mjs or the CI runner).
export const ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? "admin@example.test",
  password: process.env.E2E_ADMIN_PASSWORD ?? "admin-password-123",
};

/** An email address no earlier run has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}
