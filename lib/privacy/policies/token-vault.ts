import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { SqlParams } from "@/lib/db/dialect";
import { deriveKey } from "@/lib/crypto/master-key";
import { GroupCommit } from "@/lib/audit/group-commit";
import { errorFields, log } from "@/lib/log";
import { processSingleton } from "@/lib/process-singleton";

// The vault behind tokenized values. A token is derived from its value (masking-context.ts), so
// masking never reads the vault; the value is stored behind the call, in batches, once per token.
const VAULT_PURPOSE = "privacy-token-vault";
/** Tokens this process already stored or queued: most values repeat, and need no second write. */
const KNOWN_LIMIT = 50_000;

export type VaultEntry = { token: string; kind: string; ciphertext: string };

function sealValue(value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(VAULT_PURPOSE), iv);
  const ciphertext = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openVaultValue(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined)
    throw new Error("Unrecognised vault value");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(VAULT_PURPOSE), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}

/** One INSERT for the batch; a token already stored (by any process) keeps its first row. */
async function insertIfAbsent(entries: VaultEntry[]): Promise<void> {
  const unique = [...new Map(entries.map((e) => [e.token, e])).values()];
  const params = new SqlParams();
  const now = new Date();
  const rows = unique.map(
    (e) =>
      `(${params.add(e.token)}, ${params.add(e.kind)}, ${params.add(e.ciphertext)}, ${params.instant(now)})`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "PrivacyToken" ("token", "kind", "ciphertext", "createdAt") VALUES ${rows.join(", ")} ON CONFLICT ("token") DO NOTHING`,
    ...params.values,
  );
}

type Vault = { commit: GroupCommit<VaultEntry>; known: Set<string> };
const vault = processSingleton<Vault>("privacy.token-vault", () => ({
  commit: new GroupCommit<VaultEntry>({ maxBatch: 200, write: insertIfAbsent }),
  known: new Set(),
}));

/** Queues the value behind a token unless this process already did; never waits for the write. */
export function storeTokenBehind(token: string, kind: string, value: string): void {
  if (vault.known.has(token)) return;
  if (vault.known.size >= KNOWN_LIMIT) vault.known.clear();
  vault.known.add(token);
  vault.commit.add({ token, kind, ciphertext: sealValue(value) }).catch((error: unknown) => {
    // Forget it so that the next use of the value tries again.
    vault.known.delete(token);
    log.error("token vault write failed", errorFields(error));
  });
}

/** Waits until every queued vault write is done (reveal, tests, shutdown). */
export function flushTokenVault(): Promise<void> {
  return vault.commit.flush();
}

/** The values behind these tokens, for the ones the vault holds. */
export async function findTokenValues(
  tokens: readonly string[],
): Promise<Map<string, { kind: string; value: string }>> {
  const found = new Map<string, { kind: string; value: string }>();
  if (tokens.length === 0) return found;
  await flushTokenVault();
  const rows = await db.privacyToken.findMany({ where: { token: { in: [...new Set(tokens)] } } });
  for (const row of rows) {
    try {
      found.set(row.token, { kind: row.kind, value: openVaultValue(row.ciphertext) });
    } catch {
      // A row sealed under another master key stays unrevealed rather than failing the answer.
    }
  }
  return found;
}
