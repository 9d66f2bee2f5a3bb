// Child process of redis-shared.test.ts: one "Gatehouse process" consuming a shared bucket.
// argv: keyId, calls, perMinute, burst. Prints "ready" once connected, waits for "go" on stdin
// (so that both processes start together), then prints {"allowed":n,"refused":m}.
import { createInterface } from "node:readline";

async function main(): Promise<void> {
  const [keyId, calls, perMinute, burst] = process.argv.slice(2);
  const { getRedis } = await import("@/lib/redis");
  const { checkRateLimit } = await import("@/lib/gateway/rate-limit/check-rate-limit");
  const redis = getRedis();
  if (!redis) throw new Error("REDIS_URL is not set");
  await redis.ping();
  console.log("ready");
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once("line", () => resolve()));
  lines.close();
  const config = { perMinute: Number(perMinute), burst: Number(burst), globalPerMinute: 1_000_000 };
  const decisions = await Promise.all(
    Array.from({ length: Number(calls) }, () => checkRateLimit({ keyId, config })),
  );
  const allowed = decisions.filter((d) => d.allowed).length;
  console.log(JSON.stringify({ allowed, refused: decisions.length - allowed }));
  redis.disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
