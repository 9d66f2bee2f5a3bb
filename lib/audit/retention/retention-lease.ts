import "server-only";
import { acquireSettingLease, type SettingLease } from "@/lib/jobs/setting-lease";

// One retention run at a time, across processes: the Setting-row lease "retention_lock"
// (lib/jobs/setting-lease.ts), long enough for a large purge between renewals.

const LEASE_KEY = "retention_lock";
const LEASE_MS = 10 * 60_000;

export type RetentionLease = SettingLease;

/** The lease, or null when a run is already going on (here or in another process). */
export function acquireRetentionLease(): Promise<RetentionLease | null> {
  return acquireSettingLease(LEASE_KEY, LEASE_MS);
}
