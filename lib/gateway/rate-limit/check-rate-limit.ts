import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getWindowLimiter } from "@/lib/gateway/rate-limit/window-limiters";

/**
 * Per API key (and per key+tool): at most `burst` calls per burst window and `perMinute` per
 * minute. The per-tool fields default to the key's values; set them lower to keep one tool from
 * using up a key's whole allowance. `globalPerMinute` is the ceiling for all keys together.
 */
export type RateLimitConfig = {
  perMinute: number;
  burst: number;
  globalPerMinute: number;
  toolPerMinute?: number;
  toolBurst?: number;
};

export type RateLimitScope = "key" | "key_tool" | "global";

export type RateLimitDecision = {
  allowed: boolean;
  /** The bucket that refused (set only when refused). */
  scope?: RateLimitScope;
  limit: number;
  remaining: number;
  resetSeconds: number;
  retryAfterSeconds?: number;
};

export type CheckRateLimitInput = { keyId: string; tool?: string; config: RateLimitConfig };

type Window = { scope: RateLimitScope; key: string; points: number; limiter: RateLimiterAbstract };
type Outcome = { window: Window; res: RateLimiterRes; isAllowed: boolean };

/**
 * The exact semantics, since "60/min with burst 10" can mean several things. A bucket is two
 * fixed windows (rate-limiter-flexible, in memory or in Redis), and a call passes only if both
 * have room:
 * - the burst window: `burst` calls per round(60 * burst / perMinute) s (10 per 10 s by default),
 *   the time the sustained rate takes to earn a full burst back;
 * - the minute window: `perMinute` calls per 60 s.
 * So at most `burst` calls go through at once (up to 2 x burst across a window boundary) and never
 * more than `perMinute` in a minute window. The global ceiling is one minute window.
 * All windows are consumed at once; when any refuses, the others get their point back, so a
 * refused call uses up nothing. Under contention that can refuse a call slightly early, never
 * let one too many through.
 * X-RateLimit-* describe the tightest window: the one with the fewest calls left.
 */
export async function checkRateLimit(input: CheckRateLimitInput): Promise<RateLimitDecision> {
  const outcomes = await Promise.all(windowsFor(input).map(consume));
  let refused: Outcome | null = null;
  let tightest = outcomes[0];
  for (const outcome of outcomes) {
    if (!outcome.isAllowed && (!refused || outcome.res.msBeforeNext > refused.res.msBeforeNext)) refused = outcome;
    if (outcome.res.remainingPoints < tightest.res.remainingPoints) tightest = outcome;
  }
  if (!refused) {
    return { allowed: true, limit: tightest.window.points, remaining: tightest.res.remainingPoints, resetSeconds: seconds(tightest.res.msBeforeNext) };
  }
  await Promise.all(outcomes.filter((o) => o.isAllowed).map((o) => o.window.limiter.reward(o.window.key, 1).catch(() => undefined)));
  const wait = Math.max(1, seconds(refused.res.msBeforeNext));
  return { allowed: false, scope: refused.window.scope, limit: refused.window.points, remaining: 0, resetSeconds: wait, retryAfterSeconds: wait };
}

/** The response headers for a decision; Retry-After only when refused. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds ?? decision.resetSeconds);
  return headers;
}

function windowsFor({ keyId, tool, config }: CheckRateLimitInput): Window[] {
  const windows: Window[] = [];
  if (tool !== undefined) addBucket(windows, "key_tool", `t:${keyId}:${tool}`, config.toolPerMinute ?? config.perMinute, config.toolBurst ?? config.burst);
  addBucket(windows, "key", `k:${keyId}`, config.perMinute, config.burst);
  windows.push(window("global", "g", config.globalPerMinute, 60));
  return windows;
}

function addBucket(windows: Window[], scope: RateLimitScope, key: string, perMinute: number, burst: number): void {
  // A burst as large as the minute's allowance adds nothing the minute window does not enforce.
  // Its own key ("b" + key): with burst close to perMinute both windows can last 60 s.
  if (burst < perMinute) windows.push(window(scope, `b${key}`, burst, Math.max(1, Math.round((60 * burst) / perMinute))));
  windows.push(window(scope, key, perMinute, 60));
}

function window(scope: RateLimitScope, key: string, points: number, durationSec: number): Window {
  if (!Number.isInteger(points) || points < 1) throw new Error(`Rate limit for ${scope} must be a positive integer, got ${points}`);
  return { scope, key, points, limiter: getWindowLimiter(points, durationSec) };
}

function consume(window: Window): Promise<Outcome> {
  return window.limiter.consume(window.key).then(
    (res) => ({ window, res, isAllowed: true }),
    (rejection: unknown) => {
      // rate-limiter-flexible refuses with a RateLimiterRes; anything else is a store failure.
      if (rejection instanceof RateLimiterRes) return { window, res: rejection, isAllowed: false };
      throw rejection;
    },
  );
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
