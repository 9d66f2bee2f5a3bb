// Several Gatehouse processes writing to one PostgreSQL, each sealing as it goes, still yield one
// verifiable chain: every event sealed exactly once, seal ids 1..n linked in order. Each process is
// a real child process (tests/fixtures/audit-writer-sealer.ts) with its own connection pool, so the
// inserts, their advisory locks and the seal-id races are real. SQLite has a single writer and is
// not run with several processes, so this runs on PostgreSQL only.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AUDIT_INSERT_LOCK } from "@/lib/audit/insert-audit-rows";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { writeEvents } from "./integrity-test-events";

const root = path.resolve(import.meta.dirname, "../../..");
const PROCESSES = 3;
const EVENTS_PER_PROCESS = 2_000;

type WriterReport = {
  label: string;
  written: number;
  sealRuns: number;
  sealsWritten: number;
  eventsSealed: number;
};

function runWriter(label: string): Promise<WriterReport> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/fixtures/audit-writer-sealer.ts",
      String(EVENTS_PER_PROCESS),
      label,
    ],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "test",
        SEED_DEMO: "false",
        DATABASE_URL: process.env.DATABASE_URL,
        GATEHOUSE_SECRET: process.env.GATEHOUSE_SECRET,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as WriterReport);
      else reject(new Error(`writer ${label} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

describe.skipIf(!env.isPostgres)("several processes writing and sealing against one PostgreSQL", () => {
  test("yield one verifiable chain covering every event", { timeout: 180_000 }, async () => {
    const reports = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => runWriter(`p${i}`)));
    expect(reports.map((r) => r.written)).toEqual(Array(PROCESSES).fill(EVENTS_PER_PROCESS));
    // Whatever the processes left unsealed when they stopped writing.
    await sealPendingEvents();

    const events = await db.auditEvent.count();
    expect(events).toBe(PROCESSES * EVENTS_PER_PROCESS);
    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: true, problem: null, unsealedEvents: 0, eventsChecked: events });

    const seals = await db.auditSeal.findMany({
      orderBy: { id: "asc" },
      select: { id: true, fromId: true, toId: true, eventCount: true },
    });
    expect(result.sealsChecked).toBe(seals.length);
    expect(seals.map((s) => s.id)).toEqual(seals.map((_, i) => i + 1));
    expect(seals.reduce((sum, s) => sum + s.eventCount, 0)).toBe(events);
    // The processes' own sealers did the work while writing (the final seal above only tidies up).
    const sealedByProcesses = reports.reduce((sum, r) => sum + r.eventsSealed, 0);
    expect(sealedByProcesses).toBeGreaterThan(0);
    console.log(
      `[integrity] ${events} events, ${seals.length} seals; sealed by the processes: ${reports.map((r) => `${r.label} ${r.eventsSealed} in ${r.sealsWritten} seals`).join(", ")}`,
    );
  });
});

const CONTENT_COLUMNS = [
  "createdAt",
  "category",
  "action",
  "result",
  "actorType",
  "actorId",
  "actorLabel",
  "actorHash",
  "actorSubjectId",
  "subjectId",
  "subjectHash",
  "personal",
  "serverId",
  "tool",
  "target",
  "correlationId",
  "ip",
  "userAgent",
  "durationMs",
  "details",
  "payload",
  "payloadDigest",
  "hash",
]
  .map((c) => `"${c}"`)
  .join(", ");

describe.skipIf(!env.isPostgres)("the seal horizon", () => {
  test("an insert still in flight holds the sealer back, so its lower id cannot land inside a sealed range", async () => {
    const [template] = await writeEvents(1);
    await sealPendingEvents();
    // Another process's insert that has taken its id but not committed yet (as insertAuditRows does it).
    const slow = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await slow.connect();
    try {
      await slow.query("BEGIN");
      await slow.query(`SELECT pg_advisory_xact_lock_shared(${AUDIT_INSERT_LOCK})`);
      const inserted = await slow.query<{ id: number }>(
        `INSERT INTO "AuditEvent" (${CONTENT_COLUMNS}) SELECT ${CONTENT_COLUMNS} FROM "AuditEvent" WHERE "id" = $1 RETURNING "id"`,
        [template],
      );
      const inFlightId = inserted.rows[0].id;
      // A later insert commits first, with a higher id.
      const [committedId] = await writeEvents(1);
      expect(committedId).toBeGreaterThan(inFlightId);

      const sealing = sealPendingEvents();
      // The sealer waits for the in-flight insert (it shows as a waiting advisory lock); a sealer that
      // did not wait would finish first and seal the higher id alone.
      const outcome = await Promise.race([
        sealing.then(() => "sealed before the insert committed"),
        untilAdvisoryLockWaiter(slow),
      ]);
      expect(outcome).toBe("waiting");

      await slow.query("COMMIT");
      expect(await sealing).toEqual({ sealed: 2, seals: 1 });
      expect(await db.auditSeal.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
        fromId: inFlightId,
        toId: committedId,
        eventCount: 2,
      });
      expect(await verifyAuditChain()).toMatchObject({ ok: true, unsealedEvents: 0 });
    } finally {
      await slow.query("ROLLBACK").catch(() => undefined);
      await slow.end();
    }
  });
});

/** Resolves once some session waits for an advisory lock (the sealer's exclusive AUDIT_INSERT_LOCK). */
async function untilAdvisoryLockWaiter(client: pg.Client): Promise<"waiting"> {
  for (;;) {
    const { rows } = await client.query<{ waiting: string }>(
      `SELECT count(*)::text AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1`,
      [AUDIT_INSERT_LOCK],
    );
    if (rows[0].waiting !== "0") return "waiting";
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
