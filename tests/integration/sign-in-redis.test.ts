// With REDIS_URL set, sign-in failures are counted in Redis, so every Gatehouse process sees
// the same lockout. Needs Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379): without it
// this file is skipped with a printed line, except with CI=true, where that fails.
import { createConnection } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

const redisUrl = vi.hoisted(() => {
  const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  process.env.REDIS_URL = url;
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
  process.env.SIGNIN_LOCKOUT_SECONDS = "2";
  return url;
});

import { getRedis } from "@/lib/redis";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { createTestUser, seedRoles, uniqueName } from "../helpers/fixtures";
import { rememberSecret } from "../helpers/secrets";

async function isReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const reachable = await isReachable(redisUrl);
if (!reachable) {
  if (process.env.CI === "true") throw new Error(`Redis is required on CI but ${redisUrl} is unreachable`);
  console.log(`[sign-in-redis] Redis unreachable at ${redisUrl}: skipping the Redis sign-in throttle tests. With CI=true this is an error.`);
}

const usedKeys: string[] = [];
const meta = () => ({ ip: `192.0.2.${Math.floor(Math.random() * 200) + 1}`, userAgent: "vitest-redis", correlationId: uniqueName("r") });

/** Forget this process's limiter objects, as a second Gatehouse process would start without them. */
function startAsAnotherProcess(): void {
  delete (globalThis as { gatehouseSignInLimiters?: unknown }).gatehouseSignInLimiters;
}

describe.skipIf(!reachable)("sign-in lockout in Redis", () => {
  beforeAll(seedRoles);
  afterAll(async () => {
    const redis = getRedis();
    if (usedKeys.length) await redis?.del(...usedKeys);
    await redis?.quit();
  });

  test("the failure count lives in Redis and a lockout holds in another process until it expires", async () => {
    const user = await createTestUser(["viewer"]);
    const key = `gatehouse:signin:account:${user.email}`;
    usedKeys.push(key);
    for (let i = 0; i < 3; i++) await signInWithPassword(user.email, rememberSecret(`redis-wrong-${i}`), meta());

    const redis = getRedis()!;
    expect(Number(await redis.get(key))).toBe(3);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);

    startAsAnotherProcess();
    const locked = await signInWithPassword(user.email, user.password, meta());
    expect(locked).toMatchObject({ ok: false, reason: "locked_out" });

    await vi.waitFor(async () => expect(await redis.exists(key)).toBe(0), { timeout: 5000, interval: 100 });
    startAsAnotherProcess();
    expect((await signInWithPassword(user.email, user.password, meta())).ok).toBe(true);
  });

  test("a successful sign-in deletes the account's count from Redis", async () => {
    const user = await createTestUser(["viewer"]);
    const key = `gatehouse:signin:account:${user.email}`;
    usedKeys.push(key);
    await signInWithPassword(user.email, rememberSecret("redis-miss"), meta());
    expect(await getRedis()!.exists(key)).toBe(1);
    expect((await signInWithPassword(user.email, user.password, meta())).ok).toBe(true);
    expect(await getRedis()!.exists(key)).toBe(0);
  });
});
