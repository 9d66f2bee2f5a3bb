import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";

const globalForRedis = globalThis as unknown as { gatehouseRedis?: Redis };

/** The shared Redis connection when REDIS_URL is set; null means "keep state in memory". */
export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  globalForRedis.gatehouseRedis ??= new Redis(env.REDIS_URL, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 2,
  });
  return globalForRedis.gatehouseRedis;
}
