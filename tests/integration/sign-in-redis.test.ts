// With REDIS_URL set, sign-in failures, back-offs and unlocks live in Redis, so every Gatehouse
// process sees the same lockout. Needs Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379): without it
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
import { unlockSignIn } from "@/lib/auth/unlock-sign-in";
import { SIGN_IN_LIMITERS } from "@/lib/auth/sign-in-throttle";
import { resetProcessSingleton } from "@/lib/process-singleton";
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
  console.log(
    `[sign-in-redis] Redis unreachable at ${redisUrl}: skipping the Redis sign-in throttle tests. With CI=true this is an error.`,
  );
}

const usedEmails: string[] = [];
const meta = (ip = `192.0.2.${Math.floor(Math.random() * 200) + 1}`) => ({
  ip,
  userAgent: "vitest-redis",
  correlationId: uniqueName("r"),
});

/** Forget this process's limiter objects, as a second Gatehouse process would start without them. */
function startAsAnotherProcess(): void {
  resetProcessSingleton(SIGN_IN_LIMITERS);
}

async function testUser() {
  const user = await createTestUser(["viewer"]);
  usedEmails.push(user.email);
  return user;
}

describe.skipIf(!reachable)("sign-in lockout in Redis", () => {
  beforeAll(seedRoles);
  afterAll(async () => {
    const redis = getRedis();
    for (const email of usedEmails) {
      const keys = await redis!.keys(`gatehouse:signin:*${email}*`);
      if (keys.length) await redis!.del(...keys);
    }
    await redis?.quit();
  });

  test("the per account+address count lives in Redis and its lockout holds in another process until it expires", async () => {
    const user = await testUser();
    const address = meta();
    const key = `gatehouse:signin:pair:${user.email}#0|${address.ip}`;
    for (let i = 0; i < 3; i++)
      await signInWithPassword(user.email, rememberSecret(`redis-wrong-${i}`), address);

    const redis = getRedis()!;
    expect(Number(await redis.get(key))).toBe(3);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);

    startAsAnotherProcess();
    expect(await signInWithPassword(user.email, user.password, address)).toMatchObject({
      ok: false,
      reason: "locked_out",
    });

    await vi.waitFor(async () => expect(await redis.exists(key)).toBe(0), { timeout: 5000, interval: 100 });
    startAsAnotherProcess();
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
  });

  test("the account-wide back-off is shared too, and never refuses an address with no failures", async () => {
    const user = await testUser();
    const failed = Array.from({ length: 5 }, () => meta());
    for (const address of failed)
      await signInWithPassword(user.email, rememberSecret("redis-spread"), address);
    startAsAnotherProcess();
    expect(await signInWithPassword(user.email, user.password, failed[0])).toMatchObject({
      ok: false,
      reason: "locked_out",
    });
    expect((await signInWithPassword(user.email, user.password, meta("198.51.100.250"))).ok).toBe(true);
  });

  test("an admin's unlock in one process holds in every other", async () => {
    const user = await testUser();
    const address = meta();
    for (let i = 0; i < 3; i++)
      await signInWithPassword(user.email, rememberSecret(`redis-lock-${i}`), address);
    startAsAnotherProcess();
    await unlockSignIn(user.id, { principal: null, actor: { type: "system" } });
    startAsAnotherProcess();
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
  });

  test("a successful sign-in deletes the address's count from Redis", async () => {
    const user = await testUser();
    const address = meta();
    const key = `gatehouse:signin:pair:${user.email}#0|${address.ip}`;
    await signInWithPassword(user.email, rememberSecret("redis-miss"), address);
    expect(await getRedis()!.exists(key)).toBe(1);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
    expect(await getRedis()!.exists(key)).toBe(0);
  });
});
