import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type Redis from "ioredis";
import { getRedis } from "@/lib/redis";
import { processSingleton } from "@/lib/process-singleton";

const KEY_PREFIX = "gatehouse:rl";

// On globalThis: counters must be one per process even if the bundler duplicates this module.
const limiters = processSingleton("gateway.window-limiters", () => new Map<string, RateLimiterMemory>());

/**
 * This process's own fixed window allowing `points` per `durationSec`, created once per distinct
 * pair: where calls are counted without REDIS_URL, and while Redis is unreachable.
 */
export function getWindowLimiter(points: number, durationSec: number): RateLimiterMemory {
  const id = `${points}/${durationSec}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points, duration: durationSec, keyPrefix: windowPrefix(durationSec) });
    limiters.set(id, limiter);
  }
  return limiter;
}

/**
 * The window's counter in Redis, shared by every Gatehouse process. It depends on the duration
 * only, so changing a key's limit keeps what it has already consumed.
 */
export function redisWindowKey(durationSec: number, key: string): string {
  return `${windowPrefix(durationSec)}:${key}`;
}

/**
 * The Redis that counts for every process, or null: none configured, or reconnecting (a command
 * would wait for reconnect attempts, seconds, on the hot path: count in memory instead). A
 * connection still being set up is used (commands queue briefly), so that the first calls of a
 * new process are shared too.
 */
export function sharedWindowStore(): Redis | null {
  const client = getRedis();
  if (!client) return null;
  const { status } = client;
  return status === "reconnecting" || status === "close" || status === "end" ? null : client;
}

function windowPrefix(durationSec: number): string {
  return `${KEY_PREFIX}:${durationSec}s`;
}
