// npm run bench:privacy – what the privacy checks cost on the gateway's hot path. In one run,
// against the same echo upstream (registered twice), alternating phases: (a) "bench__echo" with no
// declaration and no policy; (b) "private__echo", which needs consent (granted) for a subject named
// by the X-Gatehouse-Subject header and whose ~2 KB result has five personal values masked.
// Prints the added p50 at c=1, the c=32 throughput ratio, the targets beside them, the load average,
// and the detection throughput. SQLite by default (BENCH_PRIVACY_DATABASE=postgresql for the other).
// Never fails on a target.
import os from "node:os";
import path from "node:path";
import { runBench } from "../gateway/cleanup";
import { config } from "../gateway/config";
import {
  createPostgresDatabase,
  createSqliteDatabase,
  makeTempDir,
  type BenchDatabase,
} from "../gateway/databases";
import { freePort } from "../gateway/free-port";
import { bootstrapDatabase, ensureBuild, gatehouseEnv, startGatehouse } from "../gateway/gatehouse";
import { closeClients, connectClients, LATEST, type Session, type Target } from "../gateway/mcp-clients";
import { restApi } from "../gateway/rest-api";
import { httpUpstream, setUpGateway } from "../gateway/setup-gateway";
import { startEchoServer } from "../gateway/start-echo-server";
import { measureDetectionThroughput } from "./detection-throughput";
import { measureMaskingCost } from "./masking-cost";
import { isMaskedEcho, personalMessage } from "./personal-message";
import { runPrivacyPhase, type PrivacyPhaseResult } from "./privacy-load";
import { BENCH_SUBJECT, PRIVATE_TOOL, setUpPrivacy } from "./setup-privacy";

const TARGETS = { addedP50Ms: 0.3, throughputRatioAt32: 0.9, detectionMbPerSecond: 50 };
/** Rounds of (a, b) at each concurrency; the medians are reported, so one noisy phase does not decide. */
const ROUNDS = 3;

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

async function openDatabase(dataDir: string): Promise<BenchDatabase> {
  if ((process.env.BENCH_PRIVACY_DATABASE ?? "sqlite").startsWith("postgres")) {
    const created = await createPostgresDatabase();
    if ("unavailable" in created) throw new Error(`PostgreSQL is unreachable: ${created.unavailable}`);
    return created;
  }
  return createSqliteDatabase(dataDir);
}

type Pair = { a: PrivacyPhaseResult; b: PrivacyPhaseResult };

async function main(): Promise<void> {
  console.log(
    `Gatehouse privacy benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}`,
  );
  console.log(`Load average at start: ${loadAverage()} (other work on this machine skews every figure)`);
  console.log(
    `Targets: added p50 <= ${TARGETS.addedP50Ms} ms at c=1; c=32 throughput >= ${TARGETS.throughputRatioAt32 * 100}% of the run without policies; detection >= ${TARGETS.detectionMbPerSecond} MB/s on one core.`,
  );
  await ensureBuild();
  const echo = await startEchoServer();
  const dataDir = makeTempDir("gh-bench-privacy-");
  const db = await openDatabase(dataDir);
  console.log(`Database: ${db.label}`);
  const port = await freePort();
  const env = gatehouseEnv(db.url, path.resolve(dataDir), port);
  await bootstrapDatabase(env);
  const gatehouse = await startGatehouse(env, port);
  try {
    const setup = await setUpGateway(env, gatehouse.baseUrl, httpUpstream(echo.url));
    await setUpPrivacy(restApi(gatehouse.baseUrl, setup.adminKey), echo.url);
    const url = `${gatehouse.baseUrl}/api/mcp`;
    const auth = { authorization: `Bearer ${setup.benchKey}` };
    const plain: Target = { label: "no-policies", url, tool: "bench__echo", headers: auth };
    const governed: Target = {
      label: "privacy",
      url,
      tool: PRIVATE_TOOL,
      headers: { ...auth, "x-gatehouse-subject": BENCH_SUBJECT },
    };
    const plainSessions = await connectClients(plain, 32, LATEST);
    const governedSessions = await connectClients(governed, 32, LATEST);
    const phase = (sessions: Session[], target: Target, concurrency: number, seconds: number) =>
      runPrivacyPhase({
        sessions,
        tool: target.tool,
        concurrency,
        durationMs: seconds * 1000,
        message: personalMessage,
        isExpected:
          target === plain
            ? (text, message) => text === `Echo: ${message}`
            : (text, message) => isMaskedEcho(text, message),
      });

    await phase(plainSessions, plain, 8, config.warmupSeconds);
    await phase(governedSessions, governed, 8, config.warmupSeconds);
    const pairs = new Map<number, Pair[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const concurrency of [1, 32]) {
        const a = await phase(plainSessions, plain, concurrency, config.phaseSeconds);
        const b = await phase(governedSessions, governed, concurrency, config.phaseSeconds);
        pairs.set(concurrency, [...(pairs.get(concurrency) ?? []), { a, b }]);
      }
    }
    await closeClients(plainSessions);
    await closeClients(governedSessions);
    report(pairs);
  } finally {
    await gatehouse.process.stop();
    await db.drop();
  }

  const detection = await measureDetectionThroughput();
  console.log(
    `\nDetection throughput: ${detection.mbPerSecond.toFixed(1)} MB/s on one core (${detection.mbPerCpuSecond.toFixed(1)} MB per CPU second), ${detection.findings.toLocaleString("en-US")} findings — target >= ${TARGETS.detectionMbPerSecond} MB/s`,
  );
  const cost = measureMaskingCost();
  console.log(
    `Masking the 2 KB result in-process: ${cost.microsecondsPerResult.toFixed(1)} µs per result (${cost.maskedPerResult} values masked; best of 5 rounds)`,
  );
  console.log(`\nLoad average at end: ${loadAverage()}`);
}

function report(pairs: Map<number, Pair[]>): void {
  const at1 = pairs.get(1) ?? [];
  const at32 = pairs.get(32) ?? [];
  console.log(`\n${ROUNDS} rounds of ${config.phaseSeconds} s phases, (a) then (b), medians:`);
  console.log("  c   phase                         calls/s      p50 ms   p95 ms   errors");
  for (const [concurrency, list] of [
    [1, at1],
    [32, at32],
  ] as const) {
    for (const [label, pick] of [
      ["(a) no policies", (p: Pair) => p.a],
      ["(b) consent + header + masking", (p: Pair) => p.b],
    ] as const) {
      const runs = list.map(pick);
      console.log(
        `  ${String(concurrency).padEnd(3)} ${label.padEnd(30)} ${median(runs.map((r) => r.callsPerSecond))
          .toFixed(0)
          .padStart(8)}   ${median(runs.map((r) => r.latency.p50))
          .toFixed(3)
          .padStart(6)}   ${median(runs.map((r) => r.latency.p95))
          .toFixed(3)
          .padStart(6)}   ${runs.reduce((n, r) => n + r.errors, 0)}`,
      );
    }
  }
  const addedP50 = median(at1.map((p) => p.b.latency.p50 - p.a.latency.p50));
  const ratio = median(at32.map((p) => p.b.callsPerSecond / p.a.callsPerSecond));
  console.log(
    `\nAdded p50 at c=1: ${addedP50.toFixed(3)} ms (target <= ${TARGETS.addedP50Ms} ms) ${addedP50 <= TARGETS.addedP50Ms ? "MET" : "MISSED"}`,
  );
  console.log(
    `Throughput at c=32, (b) / (a): ${(ratio * 100).toFixed(1)}% (target >= ${TARGETS.throughputRatioAt32 * 100}%) ${ratio >= TARGETS.throughputRatioAt32 ? "MET" : "MISSED"}`,
  );
  const errors = new Map<string, number>();
  for (const list of pairs.values())
    for (const p of list)
      for (const r of [p.a, p.b])
        for (const [m, n] of r.errorSamples) errors.set(m, (errors.get(m) ?? 0) + n);
  for (const [message, count] of errors) console.log(`  error ${count} × ${message}`);
  console.log(`Load average now: ${loadAverage()}`);
}

runBench("bench:privacy", main);
