import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { processSingleton } from "@/lib/process-singleton";

// One retention run at a time, across processes and both databases: a lease in a Setting row.
// Whoever creates the row holds the lease; it carries an expiry so that a crashed holder does not
// block retention forever. Every write compares the row's updatedAt with the one last written
// (compare-and-swap), so a holder that lost its lease finds out at its next renewal.

const LEASE_KEY = "retention_lock";
const LEASE_MS = 10 * 60_000;

export type RetentionLease = {
  /** Extends the lease; false when another process took it over (the run must stop). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
};

// Kept on globalThis: Next.js may load this module in more than one bundle of one process.
const processGuard = processSingleton("audit.retention-running", () => ({ running: false }));

function leaseValue(now: number) {
  return { owner: `${process.pid}`, until: new Date(now + LEASE_MS).toISOString() };
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

async function tryCreateLease(): Promise<Date | null> {
  try {
    const stamp = new Date();
    const row = await db.setting.create({
      data: { key: LEASE_KEY, value: leaseValue(stamp.getTime()), updatedAt: stamp },
    });
    return row.updatedAt;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

async function takeLease(): Promise<Date | null> {
  const created = await tryCreateLease();
  if (created) return created;
  const existing = await db.setting.findUnique({ where: { key: LEASE_KEY } });
  if (existing && expiryOf(existing.value) > Date.now()) return null;
  // Expired: remove exactly the row we saw; if two processes race here, one creates the new lease.
  if (existing) await db.setting.deleteMany({ where: { key: LEASE_KEY, updatedAt: existing.updatedAt } });
  return tryCreateLease();
}

/** The lease, or null when a run is already going on (here or in another process). */
export async function acquireRetentionLease(): Promise<RetentionLease | null> {
  if (processGuard.running) return null;
  processGuard.running = true;
  let held: Date | null;
  try {
    held = await takeLease();
  } catch (error) {
    processGuard.running = false;
    throw error;
  }
  if (!held) {
    processGuard.running = false;
    return null;
  }
  let stamp: Date = held;
  return {
    async renew() {
      const next = nextStamp(stamp);
      const { count } = await db.setting.updateMany({
        where: { key: LEASE_KEY, updatedAt: stamp },
        data: { value: leaseValue(next.getTime()), updatedAt: next },
      });
      if (count === 1) stamp = next;
      return count === 1;
    },
    async release() {
      try {
        await db.setting.deleteMany({ where: { key: LEASE_KEY, updatedAt: stamp } });
      } finally {
        processGuard.running = false;
      }
    },
  };
}
