import "server-only";
import { db } from "@/lib/db";

export type CheckResult = { status: "ok" | "down"; latencyMs: number; error?: string };

/** One round trip to the database, with its latency. Errors are summarised, never raw. */
export async function checkDatabase(): Promise<CheckResult> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch {
    return {
      status: "down",
      latencyMs: Math.round(performance.now() - started),
      error: "database unreachable",
    };
  }
}
