import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { getRedis } from "@/lib/redis";

// Failed sign-ins are counted per account and per IP in a window of SIGNIN_LOCKOUT_SECONDS;
// reaching the maximum locks that account or IP out until the window ends. In Redis when
// REDIS_URL is set, so that every Gatehouse process sees the same counts.
type Scope = "account" | "ip";

function createLimiter(scope: Scope): RateLimiterAbstract {
  const options = {
    keyPrefix: `gatehouse:signin:${scope}`,
    points: scope === "account" ? env.SIGNIN_MAX_FAILURES_PER_ACCOUNT : env.SIGNIN_MAX_FAILURES_PER_IP,
    duration: env.SIGNIN_LOCKOUT_SECONDS,
  };
  const redis = getRedis();
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

const globalForThrottle = globalThis as unknown as { gatehouseSignInLimiters?: Record<Scope, RateLimiterAbstract> };
function limiters(): Record<Scope, RateLimiterAbstract> {
  return (globalForThrottle.gatehouseSignInLimiters ??= { account: createLimiter("account"), ip: createLimiter("ip") });
}

export type Lockout = { scope: Scope; retryAfterSeconds: number };

/** The lockout in force for this account or IP, if any. */
export async function findLockout(account: string, ip: string | null): Promise<Lockout | null> {
  for (const [scope, key] of [["account", account], ["ip", ip]] as const) {
    if (!key) continue;
    const limiter = limiters()[scope];
    const state = await limiter.get(key);
    if (state && state.consumedPoints >= limiter.points) {
      return { scope, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
    }
  }
  return null;
}

/** Counts a failure; returns the lockouts that this failure started. */
export async function recordSignInFailure(account: string, ip: string | null): Promise<Lockout[]> {
  const started: Lockout[] = [];
  for (const [scope, key] of [["account", account], ["ip", ip]] as const) {
    if (!key) continue;
    const limiter = limiters()[scope];
    const state = await limiter.penalty(key, 1);
    if (state.consumedPoints === limiter.points) {
      started.push({ scope, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) });
    }
  }
  return started;
}

export async function clearAccountFailures(account: string): Promise<void> {
  await limiters().account.delete(account);
}
