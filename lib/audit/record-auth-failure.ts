import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { log, errorFields } from "@/lib/log";
import { getRedis } from "@/lib/redis";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import { processSingleton } from "@/lib/process-singleton";

// Failed authentication needs no credentials, so without a limit anyone could write audit rows
// as fast as they can send requests. Per client address and kind of failure (the event's
// action), the first AUTH_FAILURE_BURST failures of each AUTH_FAILURE_WINDOW_SECONDS window are
// recorded one by one; the rest are counted and, when the window ends, recorded as one event
// with `details.aggregated: true` and the count. Callers refuse the throttled requests (429).
// The window is shared through Redis when REDIS_URL is set; each process records a summary of
// what it suppressed itself, so the summaries add up to the total. A summary still pending when
// the process exits is lost (at most one window per address).

export type AuthFailureVerdict = { isThrottled: false } | { isThrottled: true; retryAfterSeconds: number };

type Pending = {
  event: AuditEventInput;
  count: number;
  reasons: Record<string, number>;
  firstAt: string;
  lastAt: string;
};

function createLimiter(): RateLimiterAbstract {
  const options = {
    keyPrefix: "gatehouse:authfail",
    points: env.AUTH_FAILURE_BURST,
    duration: env.AUTH_FAILURE_WINDOW_SECONDS,
  };
  const redis = getRedis();
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

const limiter = () => processSingleton("audit.auth-failure-limiter", createLimiter);
const pending = processSingleton("audit.auth-failure-pending", () => new Map<string, Pending>());

/** Records a failed authentication, or counts it into its window's summary once the address is past its burst. */
export async function recordAuthFailure(event: AuditEventInput): Promise<AuthFailureVerdict> {
  const key = `${event.action}|${event.meta?.ip ?? "unknown"}`;
  const state = await limiter().penalty(key, 1);
  if (state.consumedPoints <= env.AUTH_FAILURE_BURST) {
    await recordEvent(event);
    return { isThrottled: false };
  }
  countSuppressed(key, event, state.msBeforeNext);
  return { isThrottled: true, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
}

function countSuppressed(key: string, event: AuditEventInput, msBeforeWindowEnds: number): void {
  const now = new Date().toISOString();
  const reason = typeof event.details?.reason === "string" ? event.details.reason : "unspecified";
  const entry = pending.get(key);
  if (entry) {
    entry.count += 1;
    entry.reasons[reason] = (entry.reasons[reason] ?? 0) + 1;
    entry.lastAt = now;
    return;
  }
  pending.set(key, { event, count: 1, reasons: { [reason]: 1 }, firstAt: now, lastAt: now });
  setTimeout(() => void recordSummary(key), Math.max(0, msBeforeWindowEnds)).unref();
}

/** One event for everything suppressed in a window: who (address), what, how many, why. */
async function recordSummary(key: string): Promise<void> {
  const entry = pending.get(key);
  if (!entry) return;
  pending.delete(key);
  const { event } = entry;
  try {
    await recordEvent({
      category: event.category,
      action: event.action,
      result: event.result,
      actor: { type: "anonymous" },
      // The individual events name each request's target; a summary spans many.
      target: null,
      details: {
        aggregated: true,
        count: entry.count,
        reasons: entry.reasons,
        firstAt: entry.firstAt,
        lastAt: entry.lastAt,
        windowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
      },
      meta: { ip: event.meta?.ip ?? null, userAgent: event.meta?.userAgent ?? null },
    });
  } catch (error) {
    log.error("could not record suppressed authentication failures", {
      count: entry.count,
      ...errorFields(error),
    });
  }
}

/** Records every pending summary now (tests, and anyone who must not wait for the window to end). */
export async function flushAuthFailureSummaries(): Promise<void> {
  await Promise.all([...pending.keys()].map(recordSummary));
}
