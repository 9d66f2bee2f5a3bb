import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import {
  checkRateLimit,
  rateLimitHeaders,
  type RateLimitConfig,
} from "@/lib/gateway/rate-limit/check-rate-limit";

// These are the in-memory buckets; redis-shared.test.ts covers Redis.
vi.hoisted(() => {
  delete process.env.REDIS_URL;
});

const DEFAULTS: RateLimitConfig = { perMinute: 60, burst: 10, globalPerMinute: 10_000 };

async function callsAllowed(count: number, input: Parameters<typeof checkRateLimit>[0]): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < count; i++) results.push((await checkRateLimit(input)).allowed);
  return results;
}

describe("checkRateLimit in memory", () => {
  test("with burst 10, the 11th immediate call is refused with Retry-After", async () => {
    const keyId = randomUUID();
    const remaining: number[] = [];
    for (let i = 0; i < 10; i++) {
      const decision = await checkRateLimit({ keyId, config: DEFAULTS });
      expect(decision.allowed).toBe(true);
      remaining.push(decision.remaining);
    }
    expect(remaining).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);

    const refused = await checkRateLimit({ keyId, config: DEFAULTS });
    expect(refused).toMatchObject({ allowed: false, scope: "key", limit: 60, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
    const headers = rateLimitHeaders(refused);
    expect(headers).toEqual({
      "X-RateLimit-Limit": "60",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset": String(refused.resetSeconds),
      "Retry-After": String(refused.retryAfterSeconds),
    });
  });

  test("an allowed call's headers carry no Retry-After", async () => {
    const decision = await checkRateLimit({ keyId: randomUUID(), config: DEFAULTS });
    // Limit is the key's per-minute limit; Remaining and Reset come from the tighter burst window.
    expect(rateLimitHeaders(decision)).toEqual({
      "X-RateLimit-Limit": "60",
      "X-RateLimit-Remaining": "9",
      "X-RateLimit-Reset": "10",
    });
  });

  test("keys have separate buckets", async () => {
    const first = randomUUID();
    await callsAllowed(10, { keyId: first, config: DEFAULTS });
    expect((await checkRateLimit({ keyId: first, config: DEFAULTS })).allowed).toBe(false);
    expect((await checkRateLimit({ keyId: randomUUID(), config: DEFAULTS })).allowed).toBe(true);
  });

  test("the key+tool bucket is independent per tool", async () => {
    const keyId = randomUUID();
    const config = { ...DEFAULTS, perMinute: 1000, burst: 100, toolPerMinute: 60, toolBurst: 5 };
    expect(await callsAllowed(5, { keyId, tool: "everything__echo", config })).toEqual(Array(5).fill(true));
    const refused = await checkRateLimit({ keyId, tool: "everything__echo", config });
    expect(refused).toMatchObject({ allowed: false, scope: "key_tool", limit: 60 });
    expect(await callsAllowed(5, { keyId, tool: "everything__add", config })).toEqual(Array(5).fill(true));
    expect((await checkRateLimit({ keyId, tool: "everything__add", config })).scope).toBe("key_tool");
  });

  test("the key's own bucket is shared by all its tools", async () => {
    const keyId = randomUUID();
    for (let i = 0; i < 10; i++)
      expect((await checkRateLimit({ keyId, tool: `tool-${i % 3}`, config: DEFAULTS })).allowed).toBe(true);
    expect(await checkRateLimit({ keyId, tool: "tool-9", config: DEFAULTS })).toMatchObject({
      allowed: false,
      scope: "key",
    });
  });

  test("a refused call uses up nothing in the buckets that had room", async () => {
    const keyId = randomUUID();
    const config = { ...DEFAULTS, perMinute: 1000, burst: 100, toolPerMinute: 60, toolBurst: 5 };
    await callsAllowed(10, { keyId, tool: "a", config }); // 5 allowed, 5 refused by key_tool
    const decision = await checkRateLimit({ keyId, config });
    // 5 + this one consumed from the key's burst window of 100, not 11.
    expect(decision).toMatchObject({ allowed: true, limit: 1000, remaining: 94 });
  });

  test("a key over its limit does not use up the global ceiling", async () => {
    const config = { ...DEFAULTS, globalPerMinute: 12 };
    const keyId = randomUUID();
    expect(await callsAllowed(30, { keyId, tool: "a", config })).toEqual([
      ...Array(10).fill(true),
      ...Array(20).fill(false),
    ]);
    expect(await callsAllowed(3, { keyId: randomUUID(), config })).toEqual([true, true, false]);
  });

  test("the global ceiling refuses every key once reached", async () => {
    const config = { ...DEFAULTS, globalPerMinute: 3 };
    for (let i = 0; i < 3; i++)
      expect((await checkRateLimit({ keyId: randomUUID(), config })).allowed).toBe(true);
    const refused = await checkRateLimit({ keyId: randomUUID(), config });
    expect(refused).toMatchObject({ allowed: false, scope: "global", limit: 3 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  test("a burst as large as the minute's allowance is limited by the minute window", async () => {
    const keyId = randomUUID();
    const config = { perMinute: 5, burst: 20, globalPerMinute: 10_000 };
    expect(await callsAllowed(6, { keyId, config })).toEqual([true, true, true, true, true, false]);
    expect((await checkRateLimit({ keyId, config })).retryAfterSeconds).toBeGreaterThan(50);
  });

  test("a limit that is not a positive integer is a programming error", async () => {
    await expect(checkRateLimit({ keyId: "k", config: { ...DEFAULTS, perMinute: 0 } })).rejects.toThrow(
      "positive integer",
    );
  });
});
