// Proves that no audit row carries a secret: passwords (right or wrong), API key secrets,
// session tokens, password hashes or key hashes.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { issuedSecrets } from "./fixtures";

/** Records a secret used in a test that fixtures did not hand out (a wrong password, say). */
export function rememberSecret(secret: string): string {
  issuedSecrets.add(secret);
  return secret;
}

export async function expectNoSecretsInAudit(): Promise<void> {
  const rows = await db.auditEvent.findMany();
  expect(rows.length).toBeGreaterThan(0);
  const users = await db.user.findMany({ select: { passwordHash: true } });
  const keys = await db.apiKey.findMany({ select: { secretHash: true } });
  const secrets = [
    ...issuedSecrets,
    // The secret part of a key alone must not leak either.
    ...[...issuedSecrets].filter((s) => s.startsWith("ghk_")).map((s) => s.slice(-43)),
    ...users.map((u) => u.passwordHash).filter((h): h is string => Boolean(h)),
    ...keys.map((k) => k.secretHash),
  ];
  expect(secrets.length).toBeGreaterThan(0);
  const leaks = rows.flatMap((row) => {
    const text = JSON.stringify(row);
    return secrets
      .filter((secret) => text.includes(secret))
      .map((secret) => ({
        id: row.id,
        action: `${row.category}/${row.action}`,
        secret: `${secret.slice(0, 6)}…`,
      }));
  });
  expect(leaks).toEqual([]);
}
