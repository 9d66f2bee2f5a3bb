// One phase of bench:privacy-requests in its own process (so each phase's peak RSS is its own),
// against the database in DATABASE_URL. Prints "RESULT <json>" as its last line.
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditCommit } from "@/lib/audit/record-event";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { createSubjectExport } from "@/lib/privacy/access/create-subject-export";
import { newRequestId } from "@/lib/privacy/requests/create-request";
import { runRequest } from "@/lib/privacy/requests/run-request";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { legacyRow } from "../../tests/integration/audit/legacy-rows";

const IN_FLIGHT = 2000;
const EVENTS = Number(process.env.BENCH_REQUEST_EVENTS ?? 100_000);
/** The peer in the same run: a person with 1% of the events, erased the same way. */
const SMALL_EVENTS = Math.max(1, Math.floor(EVENTS / 100));
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (ms: number) => ms / 1000;

const person = (name: string) => ({
  email: `${name}@example.com`,
  phone: "+12025550143",
  name: `${name[0].toUpperCase()}${name.slice(1)} Example`,
});

async function seedPerson(name: string, events: number, ip: string): Promise<string> {
  const who = person(name);
  const subject = await resolveSubject({ kind: "email", value: who.email }, "gateway");
  await db.user.create({ data: { email: who.email, name: who.name } });
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; n < events; n++) {
    const input: AuditEventInput =
      n % 100 === 0
        ? {
            category: "auth",
            action: "sign_in",
            result: "success",
            actor: { type: "user", id: `user_${name}`, label: who.email },
            meta: { ip, userAgent: "Mozilla/5.0 (bench)" },
          }
        : {
            category: "gateway",
            action: "tools/call",
            result: "success",
            actor: { type: "api_key", id: "key_bench", label: "bench" },
            dataSubject: { id: subject.id, keyId: subject.keyId },
            serverId: "srv_crm",
            tool: "crm/lookup",
            durationMs: 12,
            payload: { email: who.email, phone: who.phone, name: who.name, n },
            meta: { ip: "10.0.0.9", userAgent: "agent/1.0", correlationId: `corr-${name}-${n}` },
          };
    const write: Promise<void> = prepareAuditRow(input).then((row) => auditCommit.add(row));
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return subject.id;
}

/**
 * A person whose every event predates pseudonyms (keyed hash, plain IP and user agent): the worst
 * case for an erasure, which must redact and re-encrypt each row.
 */
async function seedLegacyPerson(name: string, events: number): Promise<string> {
  const who = person(name);
  const subject = await resolveSubject({ kind: "email", value: who.email }, "console");
  for (let n = 0; n < events; n += 1000) {
    const rows = [];
    for (let i = n; i < Math.min(events, n + 1000); i++)
      rows.push(await legacyRow({ actorEmail: who.email, actorId: `user_${name}`, ip: "203.0.113.9" }));
    await insertAuditRows(rows);
  }
  return subject.id;
}

async function seed() {
  const started = performance.now();
  const big = await seedPerson("jane", EVENTS, "203.0.113.7");
  const small = await seedPerson("sam", SMALL_EVENTS, "203.0.113.8");
  await seedPerson("other", SMALL_EVENTS, "198.51.100.4");
  const legacy = await seedLegacyPerson("lee", EVENTS);
  while ((await sealPendingEvents()).sealed > 0);
  if (env.isPostgres) await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
  return { big, small, legacy, seconds: seconds(performance.now() - started) };
}

async function newRequest(type: "access" | "erasure", subjectId: string, state: string) {
  const id = newRequestId();
  const now = new Date();
  await db.privacyRequest.create({
    data: {
      id,
      type,
      state,
      subjectId,
      identifierKind: "email",
      identifierHint: "j***@example.com",
      initialDueAt: now,
      dueAt: now,
      executionStartedAt: now,
    },
  });
  return id;
}

async function exportPhase(subjectId: string) {
  const requestId = await newRequest("access", subjectId, "completed");
  // What the process holds before the export (modules, Prisma, the database driver).
  const rssBeforeMb = Math.round(process.memoryUsage().rss / 1048576);
  const started = performance.now();
  const { counts } = await createSubjectExport({ requestId, format: "json" });
  const ms = performance.now() - started;
  // The export's peak, before the baseline below reads the rows again in this process.
  const exportPeakRssMb = peakRssMb();
  const events = Number((counts as Record<string, number>).audit_events ?? 0);
  // Baseline in the same process: reading the same rows in id order, without decrypting or encoding.
  const baselineStarted = performance.now();
  let read = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { id: { gt: afterId }, OR: [{ subjectId }, { actorSubjectId: subjectId }] },
      orderBy: { id: "asc" },
      take: 1000,
      select: { id: true, payload: true, ip: true, userAgent: true, personal: true, actorLabel: true },
    });
    if (rows.length === 0) break;
    read += rows.length;
    afterId = rows[rows.length - 1].id;
  }
  const baselineMs = performance.now() - baselineStarted;
  return {
    events,
    seconds: seconds(ms),
    perSecond: events / seconds(ms),
    baselinePerSecond: read / seconds(baselineMs),
    peakRssMb: exportPeakRssMb,
    rssBeforeMb,
  };
}

async function erasePhase(subjectId: string) {
  const requestId = await newRequest("erasure", subjectId, "executing");
  const started = performance.now();
  await runRequest(requestId);
  const ms = performance.now() - started;
  const done = await db.privacyRequest.findUniqueOrThrow({ where: { id: requestId } });
  if (done.state !== "completed") throw new Error(`erasure ended ${done.state}: ${done.failure}`);
  return { seconds: seconds(ms), outcome: done.outcome, peakRssMb: peakRssMb() };
}

async function main() {
  const [phase, subjectId] = process.argv.slice(2);
  const result =
    phase === "seed"
      ? await seed()
      : phase === "export"
        ? await exportPhase(subjectId)
        : phase === "erase"
          ? await erasePhase(subjectId)
          : null;
  if (!result) throw new Error(`unknown phase ${phase}`);
  await auditCommit.flush();
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
