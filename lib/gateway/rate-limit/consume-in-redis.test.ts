// The one-script window count against a real Redis. Unreachable: skipped with a printed reason,
// except with CI=true, where that fails.
import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { afterAll, describe, expect, test } from "vitest";
import { consumeInRedis, type RedisWindow } from "@/lib/gateway/rate-limit/consume-in-redis";
import { redisUnreachable } from "@/tests/helpers/redis-probe";

const REDIS_URL = "redis://127.0.0.1:6379";
const isCi = process.env.CI === "true";

const unreachable = await redisUnreachable(REDIS_URL);
// Connects at its first command, so a skipped file opens no connection.
const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
if (unreachable && !isCi)
  console.log(
    `[consume-in-redis] Redis unreachable at ${REDIS_URL} (${unreachable}): skipping. With CI=true this is an error.`,
  );

afterAll(() => client.disconnect());

const run = test.skipIf(unreachable !== null && !isCi);

function windows(): [RedisWindow, RedisWindow] {
  const id = randomUUID();
  return [
    { key: `test:rl:10s:b${id}`, points: 2, durationSec: 10 },
    { key: `test:rl:60s:${id}`, points: 5, durationSec: 60 },
  ];
}

describe("consumeInRedis", () => {
  run("counts the call in every window and sets each window's expiry", async () => {
    expect(unreachable, `Redis must be reachable on CI at ${REDIS_URL}`).toBeNull();
    const pair = windows();
    const counts = await consumeInRedis(client, pair);
    expect(counts.map((c) => c.consumed)).toEqual([1, 1]);
    expect(counts[0].msBeforeNext).toBeGreaterThan(9_000);
    expect(counts[0].msBeforeNext).toBeLessThanOrEqual(10_000);
    expect(counts[1].msBeforeNext).toBeGreaterThan(59_000);
    expect(await client.get(pair[1].key)).toBe("1");
  });

  run("when one window is full the others are not charged, and the full one keeps counting", async () => {
    const pair = windows();
    await consumeInRedis(client, pair);
    await consumeInRedis(client, pair);
    const third = await consumeInRedis(client, pair);
    expect(third.map((c) => c.consumed)).toEqual([3, 2]);
    expect(await client.get(pair[0].key)).toBe("3");
    expect(await client.get(pair[1].key)).toBe("2");
  });

  run("concurrent calls are counted exactly: 40 at once in a 5-point window let 5 through", async () => {
    const [, minute] = windows();
    const counts = await Promise.all(Array.from({ length: 40 }, () => consumeInRedis(client, [minute])));
    expect(counts.filter((c) => c[0].consumed <= minute.points)).toHaveLength(5);
  });

  run("a counter is the one rate-limiter-flexible keeps, so older processes share it", async () => {
    const id = randomUUID();
    await consumeInRedis(client, [{ key: `test:rl:60s:${id}`, points: 5, durationSec: 60 }]);
    const older = new RateLimiterRedis({
      storeClient: client,
      points: 5,
      duration: 60,
      keyPrefix: "test:rl:60s",
    });
    expect((await older.get(id))?.consumedPoints).toBe(1);
    await older.consume(id);
    const counts = await consumeInRedis(client, [{ key: `test:rl:60s:${id}`, points: 5, durationSec: 60 }]);
    expect(counts[0].consumed).toBe(3);
  });
});
