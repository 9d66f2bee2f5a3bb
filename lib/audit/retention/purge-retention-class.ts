import "server-only";
import { db } from "@/lib/db";
import { eventHash } from "@/lib/audit/event-hash";
import { EXPLICIT_CATEGORIES, type RetentionClass } from "@/lib/audit/retention/retention-classes";
import { heldEventsCondition, type ActiveHold } from "@/lib/audit/retention/held-events-sql";
import { SqlParams, toCount } from "@/lib/db/dialect";
import type { RetentionClassRun } from "@/lib/audit/retention/retention-views";

const BATCH_SIZE = 1_000;

export type PurgeClassOptions = {
  retentionClass: RetentionClass;
  days: number;
  now: Date;
  /** The last sealed event id: later events are never purged (the verifier could not vouch for them). */
  sealedUpToId: number;
  holds: readonly ActiveHold[];
  /** Called between batches; false stops the purge (the run lost its lease). */
  keepGoing: () => Promise<boolean>;
};

export class RetentionLeaseLostError extends Error {
  constructor() {
    super("Another process took over the retention lease; this run stopped.");
    this.name = "RetentionLeaseLostError";
  }
}

function categoryCondition(retentionClass: RetentionClass, sql: SqlParams): string {
  // The catch-all class takes every category that no other class names, including future ones.
  return retentionClass.isCatchAll
    ? `"category" NOT IN (${sql.list(EXPLICIT_CATEGORIES)})`
    : `"category" IN (${sql.list(retentionClass.categories)})`;
}

/** Due, sealed events of the class (held ones included or not), as WHERE clauses. */
function dueConditions(options: PurgeClassOptions, cutoff: Date, sql: SqlParams): string[] {
  const clauses = [
    categoryCondition(options.retentionClass, sql),
    `"id" <= ${sql.add(options.sealedUpToId)}`,
    `"createdAt" < ${sql.instant(cutoff)}`,
  ];
  if (options.retentionClass.mode === "drop_payload")
    clauses.push(`"payload" IS NOT NULL`, `"payloadDigest" IS NOT NULL`);
  return clauses;
}

async function nextBatch(options: PurgeClassOptions, cutoff: Date, afterId: number): Promise<number[]> {
  const sql = new SqlParams();
  const where = [...dueConditions(options, cutoff, sql), `"id" > ${sql.add(afterId)}`];
  if (options.holds.length) where.push(`NOT ${heldEventsCondition(options.holds, sql)}`);
  const rows = await db.$queryRawUnsafe<{ id: unknown }[]>(
    `SELECT "id" FROM "AuditEvent" WHERE ${where.join(" AND ")} ORDER BY "id" LIMIT ${BATCH_SIZE}`,
    ...sql.values,
  );
  return rows.map((r) => Number(r.id));
}

async function countHeldBack(options: PurgeClassOptions, cutoff: Date): Promise<number> {
  if (!options.holds.length) return 0;
  const sql = new SqlParams();
  const where = [...dueConditions(options, cutoff, sql), heldEventsCondition(options.holds, sql)];
  const [row] = await db.$queryRawUnsafe<{ count: unknown }[]>(
    `SELECT COUNT(*) AS "count" FROM "AuditEvent" WHERE ${where.join(" AND ")}`,
    ...sql.values,
  );
  return toCount(row?.count);
}

/**
 * Rows written before events were hashed have no stored hash (the sealer computed theirs). Their
 * tombstones need it, so it is stored first, inside the same transaction.
 */
async function hashLegacyRows(tx: Tx, ids: readonly number[]): Promise<void> {
  const legacy = await tx.auditEvent.findMany({ where: { id: { in: [...ids] }, hash: null } });
  for (const row of legacy)
    await tx.auditEvent.update({ where: { id: row.id }, data: { hash: eventHash(row) } });
}

type BatchResult = { purgeId: string; purged: number };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Purges one batch in one transaction: the AuditPurge row (created with the first batch, since
 * tombstones name it), the tombstones and deletions or the dropped payloads, and the purge count.
 */
async function purgeBatch(
  tx: Tx,
  options: PurgeClassOptions,
  cutoff: Date,
  ids: readonly number[],
  purgeId: string | null,
): Promise<BatchResult> {
  const { retentionClass, now } = options;
  const id =
    purgeId ??
    (
      await tx.auditPurge.create({
        data: { policy: retentionClass.key, mode: retentionClass.mode, cutoff, count: 0 },
      })
    ).id;
  const sql = new SqlParams();
  let purged: number;
  if (retentionClass.mode === "delete") {
    await hashLegacyRows(tx, ids);
    const purgeParam = sql.add(id);
    const idList = sql.list(ids);
    await tx.$executeRawUnsafe(
      // A redacted event's tombstone keeps the hash its seal covers.
      `INSERT INTO "AuditTombstone" ("eventId", "hash", "category", "eventAt", "purgeId")
       SELECT e."id", COALESCE(r."sealedHash", e."hash"), e."category", e."createdAt", ${purgeParam}
       FROM "AuditEvent" e LEFT JOIN "AuditRedaction" r ON r."eventId" = e."id" WHERE e."id" IN (${idList})`,
      ...sql.values,
    );
    const deleteSql = new SqlParams();
    purged = await tx.$executeRawUnsafe(
      `DELETE FROM "AuditEvent" WHERE "id" IN (${deleteSql.list(ids)})`,
      ...deleteSql.values,
    );
  } else {
    const purgedAt = sql.instant(now);
    purged = await tx.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "payload" = NULL, "payloadPurgedAt" = ${purgedAt} WHERE "id" IN (${sql.list(ids)})`,
      ...sql.values,
    );
  }
  await tx.auditPurge.update({ where: { id }, data: { count: { increment: purged } } });
  return { purgeId: id, purged };
}

/**
 * Applies one class's retention: every sealed event of its categories created before now − days
 * and covered by no active hold is deleted (a tombstone keeps its place in the seal) or loses its
 * tool-call arguments. Walks the candidates in id order, a batch per transaction.
 */
export async function purgeRetentionClass(options: PurgeClassOptions): Promise<RetentionClassRun> {
  const { retentionClass, days, now } = options;
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let purgeId: string | null = null;
  let purged = 0;
  let afterId = 0;
  if (options.sealedUpToId > 0) {
    for (;;) {
      const ids = await nextBatch(options, cutoff, afterId);
      if (ids.length === 0) break;
      if (!(await options.keepGoing())) throw new RetentionLeaseLostError();
      const batchPurgeId: string | null = purgeId;
      const batch: BatchResult = await db.$transaction(
        (tx): Promise<BatchResult> => purgeBatch(tx, options, cutoff, ids, batchPurgeId),
        { timeout: 60_000 },
      );
      purgeId = batch.purgeId;
      purged += batch.purged;
      afterId = ids[ids.length - 1];
      if (ids.length < BATCH_SIZE) break;
    }
  }
  const heldBack = options.sealedUpToId > 0 ? await countHeldBack(options, cutoff) : 0;
  return {
    policy: retentionClass.key,
    mode: retentionClass.mode,
    cutoff: cutoff.toISOString(),
    purged,
    heldBack,
    purgeId,
  };
}
