import "server-only";
import { db } from "@/lib/db";
import { scrubSecrets, secretValuesOf } from "@/lib/servers/scrub-secrets";
import { toUpstreamConfig } from "@/lib/servers/upstream-config";

/**
 * Last errors written before errors were scrubbed (lib/gateway/describe-connection-error.ts) may
 * still quote a server's secrets; each start rewrites them scrubbed. Returns how many changed.
 */
export async function scrubStoredErrors(): Promise<number> {
  const rows = await db.upstreamServer.findMany({ where: { lastError: { not: null } } });
  let changed = 0;
  for (const row of rows) {
    if (row.lastError === null) continue;
    const scrubbed = scrubSecrets(row.lastError, secretValuesOf(toUpstreamConfig(row).connection));
    if (scrubbed === row.lastError) continue;
    await db.upstreamServer.update({ where: { id: row.id }, data: { lastError: scrubbed } });
    changed += 1;
  }
  return changed;
}
