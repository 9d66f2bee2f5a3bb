import "server-only";
import { db } from "@/lib/db";
import { flushTokenVault, openVaultValue } from "@/lib/privacy/policies/token-vault";
import { readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

const BATCH = 1000;

/**
 * The forms a vault value of this person may take. Masking stores the normalized finding
 * (normalize-finding-value.ts): an email lowercased, a phone in E.164 or as its digits; a name or
 * an external id as written (compared without case).
 */
function candidateForms(values: string[]): Set<string> {
  const forms = new Set<string>();
  for (const value of values) {
    const text = value.trim().toLowerCase();
    if (!text) continue;
    forms.add(text);
    if (/^\+?[\d\s().-]+$/.test(text)) {
      const digits = text.replace(/\D+/g, "");
      forms.add(digits);
      forms.add(`+${digits}`);
    }
  }
  return forms;
}

/**
 * "vault": deletes the tokenized values (PrivacyToken) that are the person's identifiers or
 * account name. Tokens are keyed hashes of values under a key of their own, so the vault is read
 * in token order, a batch at a time, each value decrypted and compared; the cursor is saved
 * after every batch.
 */
export const vaultStep: ErasureStep = async ({ subjectId, progress, save }) => {
  const identity = await readSubjectIdentity(subjectId);
  const names = progress.userIds.length
    ? await db.user.findMany({ where: { id: { in: progress.userIds } }, select: { name: true } })
    : [];
  const forms = candidateForms([
    ...(identity?.values.map((v) => v.value) ?? []),
    ...names.flatMap((u) => (u.name ? [u.name] : [])),
  ]);
  if (forms.size === 0) return;
  await flushTokenVault();
  for (;;) {
    const rows = await db.privacyToken.findMany({
      where: progress.cursor ? { token: { gt: progress.cursor } } : {},
      orderBy: { token: "asc" },
      take: BATCH,
      select: { token: true, ciphertext: true },
    });
    if (rows.length === 0) break;
    const matching = rows.filter((row) => {
      try {
        return forms.has(openVaultValue(row.ciphertext).trim().toLowerCase());
      } catch {
        // Sealed under another master key: not readable, so not comparable either.
        return false;
      }
    });
    if (matching.length) {
      const { count } = await db.privacyToken.deleteMany({
        where: { token: { in: matching.map((r) => r.token) } },
      });
      progress.counts.vaultTokensDeleted += count;
    }
    progress.cursor = rows[rows.length - 1].token;
    await save();
    if (rows.length < BATCH) break;
  }
};
