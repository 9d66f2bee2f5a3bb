import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type Redis from "ioredis";
import { getRedis } from "@/lib/redis";
import { processSingleton } from "@/lib/process-singleton";

type Pair = { memory: RateLimiterMemory; redis: RateLimiterRedis | null; client: Redis | null };

const KEY_PREFIX = "gatehouse:rl";

// On globalThis: counters must be one per process even if the bundler duplicates this module.
const limiters = processSingleton("gateway.window-limiters", () => new Map<string, Pair>());

/**
 * The fixed-window limiter allowing `points` per `durationSec`, created once per distinct pair.
 * With REDIS_URL the counters live in Redis, shared by every Gatehouse process; the Redis key
 * depends on the duration only, so changing a key's limit keeps what it has already consumed.
 */
export function getWindowLimiter(points: number, durationSec: number): RateLimiterAbstract {
  const id = `${points}/${durationSec}`;
  let pair = limiters.get(id);
  if (!pair) {
    pair = createPair(points, durationSec);
    limiters.set(id, pair);
  }
  return pair.redis && pair.client && isUsable(pair.client) ? pair.redis : pair.memory;
}

function createPair(points: number, duration: number): Pair {
  const memory = new RateLimiterMemory({ points, duration, keyPrefix: `${KEY_PREFIX}:${duration}s` });
  const storeClient = getRedis();
  if (!storeClient) return { memory, redis: null, client: null };
  // A Redis error falls back to this process's own counters rather than failing the call.
  const redis = new RateLimiterRedis({
    storeClient,
    points,
    duration,
    keyPrefix: `${KEY_PREFIX}:${duration}s`,
    insuranceLimiter: memory,
  });
  return { memory, redis, client: storeClient };
}

// While ioredis reconnects, a command waits for reconnect attempts (seconds): on the hot path,
// count in memory instead. A connection still being set up is used (commands queue briefly),
// so that the first calls of a new process are shared too.
function isUsable(client: Redis): boolean {
  const { status } = client;
  return status !== "reconnecting" && status !== "close" && status !== "end";
}
