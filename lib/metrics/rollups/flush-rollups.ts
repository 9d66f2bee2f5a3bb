import "server-only";
import { db } from "@/lib/db";
import { rollupWriter } from "@/lib/metrics/rollups/rollup-writer";
import { takeChangedRollups, type RollupRow } from "@/lib/metrics/rollups/rollup-recorder";

// Rows per transaction: a busy flush (many tools) is written in a few short transactions rather
// than one long one that would hold SQLite's write lock against the audit trail's commits.
const ROWS_PER_TRANSACTION = 200;

function upsert(row: RollupRow) {
  const { tier, bucketStart, dimension, server, name, ...totals } = row;
  const key = { tier, bucketStart, dimension, server, name, writer: rollupWriter };
  return db.metricRollup.upsert({
    where: { tier_dimension_server_name_bucketStart_writer: key },
    create: { ...key, ...totals },
    update: totals,
  });
}

/** Writes this process's changed rollups (its own rows: whole totals, so a retry is harmless). */
export async function flushRollups(now = Date.now()): Promise<number> {
  const batch = takeChangedRollups(now);
  try {
    for (let i = 0; i < batch.rows.length; i += ROWS_PER_TRANSACTION)
      await db.$transaction(batch.rows.slice(i, i + ROWS_PER_TRANSACTION).map(upsert));
  } catch (error) {
    batch.failed();
    throw error;
  }
  batch.written();
  return batch.rows.length;
}
