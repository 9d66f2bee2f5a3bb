import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { consumeInRedis } from "@/lib/gateway/rate-limit/consume-in-redis";
import {
  getWindowLimiter,
  redisWindowKey,
  sharedWindowStore,
} from "@/lib/gateway/rate-limit/window-limiters";

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

/** One fixed window; `limit` is the per-minute limit of the bucket it belongs to (for headers). */
type Window = {
  scope: RateLimitScope;
  key: string;
  points: number;
  limit: number;
  durationSec: number;
};
type Outcome = { window: Window; remaining: number; msBeforeNext: number; isAllowed: boolean };

/**
 * The exact semantics, since "60/min with burst 10" can mean several things. A bucket is two
 * fixed windows (in this process's memory, or in Redis shared by every process), and a call passes
 * only if both have room:
 * - the burst window: `burst` calls per round(60 * burst / perMinute) s (10 per 10 s by default),
 *   the time the sustained rate takes to earn a full burst back;
 * - the minute window: `perMinute` calls per 60 s.
 * So at most `burst` calls go through at once (up to 2 x burst across a window boundary) and never
 * more than `perMinute` in a minute window. The global ceiling is one minute window.
 * All of a call's windows are counted in one step (one script, one round trip, in Redis). When
 * any window refuses, the others are not charged: a refused call uses up nothing, a key over its
 * limit included. (The full window counts the refused call too, as rate-limiter-flexible's
 * windows do; it refuses until it starts over either way.)
 * The decision describes the tightest window (fewest calls left, or the longest wait when
 * refused): `limit` is its bucket's per-minute limit, `remaining` what it allows right now,
 * `resetSeconds` when it starts over.
 */
export async function checkRateLimit(input: CheckRateLimitInput): Promise<RateLimitDecision> {
  const { keyId, tool, config } = input;
  const windows = bucket("key", `k:${keyId}`, config.perMinute, config.burst);
  if (tool !== undefined)
    windows.push(
      ...bucket(
        "key_tool",
        `t:${keyId}:${tool}`,
        config.toolPerMinute ?? config.perMinute,
        config.toolBurst ?? config.burst,
      ),
    );
  windows.push(window("global", "g", config.globalPerMinute, config.globalPerMinute, 60));

  const all = await consumeAll(windows);
  const refused = mostRefusing(all);
  if (refused) return refuse(refused);

  let tightest = all[0];
  for (const outcome of all) if (outcome.remaining < tightest.remaining) tightest = outcome;
  return {
    allowed: true,
    limit: tightest.window.limit,
    remaining: tightest.remaining,
    resetSeconds: seconds(tightest.msBeforeNext),
  };
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

function bucket(scope: RateLimitScope, key: string, perMinute: number, burst: number): Window[] {
  const minute = window(scope, key, perMinute, perMinute, 60);
  // A burst as large as the minute's allowance adds nothing the minute window does not enforce.
  if (burst >= perMinute) return [minute];
  // Its own key ("b" + key): with burst close to perMinute both windows can last 60 s.
  return [
    window(scope, `b${key}`, burst, perMinute, Math.max(1, Math.round((60 * burst) / perMinute))),
    minute,
  ];
}

function window(
  scope: RateLimitScope,
  key: string,
  points: number,
  limit: number,
  durationSec: number,
): Window {
  if (!Number.isInteger(points) || points < 1)
    throw new Error(`Rate limit for ${scope} must be a positive integer, got ${points}`);
  return { scope, key, points, limit, durationSec };
}

function mostRefusing(outcomes: Outcome[]): Outcome | null {
  let refused: Outcome | null = null;
  for (const outcome of outcomes) {
    if (!outcome.isAllowed && (!refused || outcome.msBeforeNext > refused.msBeforeNext)) refused = outcome;
  }
  return refused;
}

function refuse(refused: Outcome): RateLimitDecision {
  const wait = Math.max(1, seconds(refused.msBeforeNext));
  return {
    allowed: false,
    scope: refused.window.scope,
    limit: refused.window.limit,
    remaining: 0,
    resetSeconds: wait,
    retryAfterSeconds: wait,
  };
}

/** Counts the call in every window, or (when one is full) in none that had room. */
async function consumeAll(windows: Window[]): Promise<Outcome[]> {
  const redis = sharedWindowStore();
  if (redis) {
    try {
      const counts = await consumeInRedis(
        redis,
        windows.map((w) => ({
          key: redisWindowKey(w.durationSec, w.key),
          points: w.points,
          durationSec: w.durationSec,
        })),
      );
      return windows.map((window, i) => outcome(window, counts[i].consumed, counts[i].msBeforeNext));
    } catch {
      // Redis failed under this call: this process's own counters decide it, as while Redis reconnects.
    }
  }
  return consumeInMemory(windows);
}

async function consumeInMemory(windows: Window[]): Promise<Outcome[]> {
  const all = await Promise.all(
    windows.map((window) =>
      getWindowLimiter(window.points, window.durationSec)
        .consume(window.key)
        .then(
          (res) => outcome(window, res.consumedPoints, res.msBeforeNext),
          (rejection: unknown) => {
            // rate-limiter-flexible refuses with a RateLimiterRes; anything else is a failure.
            if (rejection instanceof RateLimiterRes)
              return outcome(window, rejection.consumedPoints, rejection.msBeforeNext);
            throw rejection;
          },
        ),
    ),
  );
  if (all.some((o) => !o.isAllowed))
    await Promise.all(
      all
        .filter((o) => o.isAllowed)
        .map((o) => getWindowLimiter(o.window.points, o.window.durationSec).reward(o.window.key, 1)),
    );
  return all;
}

/** A window after counting the call: `consumed` calls so far, `msBeforeNext` until it starts over. */
function outcome(window: Window, consumed: number, msBeforeNext: number): Outcome {
  return {
    window,
    remaining: Math.max(0, window.points - consumed),
    msBeforeNext,
    isAllowed: consumed <= window.points,
  };
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
