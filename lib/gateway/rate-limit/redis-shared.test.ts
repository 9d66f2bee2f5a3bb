// Two Node processes with REDIS_URL set share one bucket: together they get exactly its limit.
// Redis unreachable: skipped with a printed reason, except with CI=true, where that fails.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, test } from "vitest";
import { redisUnreachable } from "@/tests/helpers/redis-probe";

const REDIS_URL = "redis://127.0.0.1:6379";
const CHILD = path.join(import.meta.dirname, "redis-shared.test-child.ts");
const ROOT = path.resolve(import.meta.dirname, "../../..");
const isCi = process.env.CI === "true";

const unreachable = await redisUnreachable(REDIS_URL);
if (unreachable && !isCi)
  console.log(
    `[redis-shared] Redis unreachable at ${REDIS_URL} (${unreachable}): skipping. With CI=true this is an error.`,
  );

type Child = { process: ChildProcessWithoutNullStreams; lines: AsyncIterator<string>; stderr: string[] };

function startChild(args: string[]): Child {
  const child = spawn(
    "npx",
    ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", CHILD, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL, NODE_ENV: "test" },
    },
  );
  const stderr: string[] = [];
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  return { process: child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator](), stderr };
}

async function nextLine(child: Child): Promise<string> {
  const { value, done } = await child.lines.next();
  if (done) throw new Error(`child exited early: ${child.stderr.join("").slice(-2000)}`);
  return value;
}

describe("checkRateLimit with Redis", () => {
  test.skipIf(unreachable !== null && !isCi)(
    "two processes consume one bucket: together they get exactly its burst",
    async () => {
      expect(unreachable, `Redis must be reachable on CI at ${REDIS_URL}`).toBeNull();
      // A fresh key per run; each process alone would stay within the limit (15 < 20).
      const keyId = `redis-shared-test-${randomUUID()}`;
      const children = [startChild([keyId, "15", "60", "20"]), startChild([keyId, "15", "60", "20"])];
      try {
        for (const child of children) expect(await nextLine(child)).toBe("ready");
        for (const child of children) child.process.stdin.write("go\n");
        const results = await Promise.all(
          children.map(
            async (child) => JSON.parse(await nextLine(child)) as { allowed: number; refused: number },
          ),
        );
        expect(results[0].allowed + results[1].allowed).toBe(20);
        expect(results[0].refused + results[1].refused).toBe(10);
      } finally {
        for (const child of children) child.process.kill();
      }
    },
    60_000,
  );
});
