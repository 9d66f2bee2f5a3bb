import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { loadActiveHolds } from "@/lib/audit/retention/load-active-holds";
import { RETENTION_CLASSES } from "@/lib/audit/retention/retention-classes";
import { retentionDaysByClass } from "@/lib/audit/retention/list-retention-classes";
import { acquireRetentionLease } from "@/lib/audit/retention/retention-lease";
import { purgeRetentionClass } from "@/lib/audit/retention/purge-retention-class";
import { recordLastRetentionRun } from "@/lib/audit/retention/retention-last-run";
import type {
  RetentionClassRun,
  RetentionRunResult,
  RetentionRunSummary,
} from "@/lib/audit/retention/retention-views";

export type RunRetentionBy = AuditByActor;

async function recordPurge(run: RetentionClassRun, by: RunRetentionBy | undefined): Promise<void> {
  await recordEvent({
    category: "audit",
    action: "retention_purge",
    result: "success",
    actor: by?.actor ?? { type: "system" },
    target: run.policy,
    details: {
      policy: run.policy,
      mode: run.mode,
      cutoff: run.cutoff,
      purged: run.purged,
      heldBack: run.heldBack,
      purgeId: run.purgeId,
    },
    meta: by?.meta,
  });
}

/**
 * Applies every retention class once: sealed events past their class's days and under no active
 * legal hold are deleted (leaving tombstones) or lose their tool-call arguments. Events not yet
 * sealed are never touched. One run at a time across processes: a second caller gets "skipped".
 * Each class that purged or held back something is audited ("retention_purge").
 * `by` is whoever asked for the run; without it the run counts as the scheduled one.
 */
export async function runRetention(now = new Date(), by?: RunRetentionBy): Promise<RetentionRunResult> {
  const lease = await acquireRetentionLease();
  if (!lease) return { status: "skipped", reason: "Another retention run is in progress." };
  try {
    const lastSeal = await db.auditSeal.findFirst({ orderBy: { id: "desc" }, select: { toId: true } });
    const sealedUpToId = lastSeal?.toId ?? 0;
    const holds = await loadActiveHolds();
    const daysByClass = await retentionDaysByClass();

    const classes: RetentionClassRun[] = [];
    for (const retentionClass of RETENTION_CLASSES) {
      const run = await purgeRetentionClass({
        retentionClass,
        days: daysByClass.get(retentionClass.key) ?? retentionClass.defaultDays,
        now,
        sealedUpToId,
        holds,
        keepGoing: () => lease.renew(),
      });
      classes.push(run);
      if (run.purged > 0 || run.heldBack > 0) await recordPurge(run, by);
    }
    // ranAt is the wall-clock time of the run, so the daily schedule can tell when it is due again.
    const summary: RetentionRunSummary = {
      ranAt: new Date().toISOString(),
      trigger: by ? "manual" : "scheduled",
      sealedUpToId,
      classes,
    };
    await recordLastRetentionRun(summary);
    return { status: "completed", ...summary };
  } finally {
    await lease.release();
  }
}
