import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

/** The shared Redis connection when REDIS_URL is set; null means "keep state in memory". */
export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  const url = env.REDIS_URL;
  return processSingleton(
    "redis",
    // No auto-pipelining: a call's rate limit is one command already, and ioredis would hold
    // every command back to the next setImmediate to look for company.
    () => new Redis(url, { enableOfflineQueue: true, maxRetriesPerRequest: 2 }),
  );
}
