import "server-only";
import { db } from "@/lib/db";
import { errorFields, log } from "@/lib/log";
import { REQUEST_EXECUTORS } from "@/lib/privacy/requests/request-executors";
import type { RequestExecutor } from "@/lib/privacy/requests/execution-types";
import type { RequestType } from "@/lib/privacy/requests/request-types";
import { findBlockingHold } from "@/lib/privacy/requests/find-blocking-hold";
import { BY_SYSTEM, recordTransition } from "@/lib/privacy/requests/record-transition";
import { runRequest } from "@/lib/privacy/requests/run-request";
import { deleteExpiredSubjectExports } from "@/lib/privacy/access/delete-subject-exports";

const SWEEP_MS = 30_000;
const FIRST_SWEEP_MS = 5_000;

/**
 * Finds work that no process is doing: jobs whose lease expired (their process died) are resumed
 * from their saved progress, and erasures on hold whose hold was released continue. Returns the
 * ids of the requests it started, so a caller can wait for them (runRequest's promise).
 */
export async function sweepRequests(
  executors: Partial<Record<RequestType, RequestExecutor>> = REQUEST_EXECUTORS,
  now = new Date(),
): Promise<string[]> {
  const stale = await db.privacyRequest.findMany({
    where: { state: "executing", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    select: { id: true },
  });
  const started = stale.map((r) => r.id);
  const waiting = await db.privacyRequest.findMany({ where: { state: "on_hold" } });
  for (const request of waiting) {
    const hold = request.subjectId ? await findBlockingHold(request.subjectId) : null;
    if (hold) {
      if (hold.id !== request.holdId)
        await db.privacyRequest.updateMany({
          where: { id: request.id, state: "on_hold" },
          data: { holdId: hold.id },
        });
      continue;
    }
    await recordTransition(
      request,
      {
        action: "release",
        details: { holdId: request.holdId },
        data: { holdId: null, executionStartedAt: request.executionStartedAt ?? new Date() },
      },
      BY_SYSTEM,
    );
    started.push(request.id);
  }
  for (const id of started) void runRequest(id, executors);
  return started;
}

/** The sweep every 30 s (first after 5 s), with the deletion of expired access exports; timers unref'd. */
export function scheduleRequestSweep(): () => void {
  const sweep = () => {
    void sweepRequests().catch((error: unknown) =>
      log.error("privacy request sweep failed", errorFields(error)),
    );
    void deleteExpiredSubjectExports().catch((error: unknown) =>
      log.error("deleting expired access exports failed", errorFields(error)),
    );
  };
  const first = setTimeout(sweep, FIRST_SWEEP_MS);
  first.unref();
  const every = setInterval(sweep, SWEEP_MS);
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
