import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AUDIT_INSERT_LOCK } from "@/lib/audit/insert-audit-rows";

/**
 * The highest event id below which no insert can still commit: everything up to it may be sealed.
 * PostgreSQL hands out ids from a sequence before commit, so a slow transaction could still commit
 * an id lower than one already visible. Every audit insert holds AUDIT_INSERT_LOCK shared until it
 * commits; taking it exclusively waits for those in flight (and briefly holds back new ones), so
 * max(id) read afterwards is safe. SQLite has one writer at a time, and ids are assigned inside
 * its write transaction, so max(id) is safe as read.
 */
export async function findSealHorizon(): Promise<number | null> {
  if (!env.isPostgres) {
    const { _max } = await db.auditEvent.aggregate({ _max: { id: true } });
    return _max.id;
  }
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_INSERT_LOCK})`);
      // A new statement: its snapshot is taken after the lock was granted.
      const { _max } = await tx.auditEvent.aggregate({ _max: { id: true } });
      return _max.id;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
