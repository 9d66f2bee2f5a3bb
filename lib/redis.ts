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
    // Auto-pipelining: the commands one call issues together (its rate-limit windows) leave in one
    // write, not one write each.
    () => new Redis(url, { enableOfflineQueue: true, maxRetriesPerRequest: 2, enableAutoPipelining: true }),
  );
}
