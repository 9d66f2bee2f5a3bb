import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { processSingleton } from "@/lib/process-singleton";

// One holder at a time of a named job (retention, alert evaluation, ...), across processes and both
// databases: a lease in a Setting row. Whoever creates the row holds the lease; it carries an expiry
// so that a crashed holder does not block the job forever. Every write compares the row's updatedAt
// with the one last written (compare-and-swap), so a holder that lost its lease finds out at its
// next renewal.

export type SettingLease = {
  /** Extends the lease; false when another process took it over (the run must stop). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
};

// Kept on globalThis: Next.js may load this module in more than one bundle of one process.
const processGuards = processSingleton("jobs.setting-lease-running", () => new Set<string>());

function leaseValue(now: number, leaseMs: number) {
  return { owner: `${process.pid}`, until: new Date(now + leaseMs).toISOString() };
}

function expiryOf(value: unknown): number {
  const until =
    typeof value === "object" && value !== null ? (value as { until?: unknown }).until : undefined;
  return typeof until === "string" ? Date.parse(until) : 0;
}

/** A stamp that differs from the previous one even within the same millisecond. */
function nextStamp(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}

async function tryCreateLease(key: string, leaseMs: number): Promise<Date | null> {
  try {
    const stamp = new Date();
    const row = await db.setting.create({
      data: { key, value: leaseValue(stamp.getTime(), leaseMs), updatedAt: stamp },
    });
    return row.updatedAt;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

async function takeLease(key: string, leaseMs: number): Promise<Date | null> {
  const created = await tryCreateLease(key, leaseMs);
  if (created) return created;
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing && expiryOf(existing.value) > Date.now()) return null;
  // Expired: remove exactly the row we saw; if two processes race here, one creates the new lease.
  if (existing) await db.setting.deleteMany({ where: { key, updatedAt: existing.updatedAt } });
  return tryCreateLease(key, leaseMs);
}

/** The lease on `key` for leaseMs, or null when it is held already (here or in another process). */
export async function acquireSettingLease(key: string, leaseMs: number): Promise<SettingLease | null> {
  if (processGuards.has(key)) return null;
  processGuards.add(key);
  let held: Date | null;
  try {
    held = await takeLease(key, leaseMs);
  } catch (error) {
    processGuards.delete(key);
    throw error;
  }
  if (!held) {
    processGuards.delete(key);
    return null;
  }
  let stamp: Date = held;
  return {
    async renew() {
      const next = nextStamp(stamp);
      const { count } = await db.setting.updateMany({
        where: { key, updatedAt: stamp },
        data: { value: leaseValue(next.getTime(), leaseMs), updatedAt: next },
      });
      if (count === 1) stamp = next;
      return count === 1;
    },
    async release() {
      try {
        await db.setting.deleteMany({ where: { key, updatedAt: stamp } });
      } finally {
        processGuards.delete(key);
      }
    },
  };
}
