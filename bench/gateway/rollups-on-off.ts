// Issue 13's cost check: the gateway's c=32 throughput with metric rollups on and off, measured in
// one run on one database by two Gatehouse processes that take turns (A B B A …), so that drift
// on this noisy machine falls on both. The idle one sits waiting while the other is measured.
import { config } from "./config";
import { measureCpu } from "./cpu-time";
import type { BenchDatabase } from "./databases";
import { freePort } from "./free-port";
import { bootstrapDatabase, gatehouseEnv, startGatehouse, type Gatehouse } from "./gatehouse";
import { runPhase } from "./load";
import { closeClients, connectClients, LATEST, type Session } from "./mcp-clients";
import { httpUpstream, setUpGateway } from "./setup-gateway";
/** An HTTP echo upstream (start-echo-server.ts). */
type Upstream = { url: string; pid: number };

const CONCURRENCY = 32;
const ROUNDS = Number(process.env.BENCH_ROLLUP_ROUNDS ?? 4);
export const ROLLUP_SHARE_TARGET = 0.97;

export type RollupComparison = {
  label: string;
  on: { calls: number; seconds: number; cpuMsPerCall: number };
  off: { calls: number; seconds: number; cpuMsPerCall: number };
  share: number;
};

type Side = {
  name: "on" | "off";
  gatehouse: Gatehouse;
  sessions: Session[];
  calls: number;
  ms: number;
  cpu: number;
};

export async function compareRollupsOnOff(
  db: BenchDatabase,
  dataDir: string,
  echo: Upstream,
): Promise<RollupComparison> {
  const [portOn, portOff] = [await freePort(), await freePort()];
  const envOn = { ...gatehouseEnv(db.url, dataDir, portOn), METRICS_ROLLUPS: "true" };
  const envOff = { ...gatehouseEnv(db.url, dataDir, portOff), METRICS_ROLLUPS: "false" };
  await bootstrapDatabase(envOn);
  const on = await startGatehouse(envOn, portOn);
  const setup = await setUpGateway(envOn, on.baseUrl, httpUpstream(echo.url));
  // Started after the upstream and key exist, so it loads them at start.
  const off = await startGatehouse(envOff, portOff);
  const connect = (g: Gatehouse) =>
    connectClients(
      {
        label: `rollups-${g.port}`,
        url: `${g.baseUrl}/api/mcp`,
        tool: "bench__echo",
        headers: { authorization: `Bearer ${setup.benchKey}` },
      },
      CONCURRENCY,
      LATEST,
    );
  const sides: Side[] = [
    { name: "on", gatehouse: on, sessions: await connect(on), calls: 0, ms: 0, cpu: 0 },
    { name: "off", gatehouse: off, sessions: await connect(off), calls: 0, ms: 0, cpu: 0 },
  ];
  const measure = async (side: Side, durationMs: number, counted: boolean) => {
    const result = await measureCpu({ gatehouse: side.gatehouse.serverPid }, () =>
      runPhase({ sessions: side.sessions, tool: "bench__echo", concurrency: CONCURRENCY, durationMs }),
    );
    if (!counted) return;
    side.calls += result.ok;
    side.ms += result.elapsedMs;
    side.cpu += result.cpuMsPerCall.gatehouse * result.calls;
  };
  try {
    for (const side of sides) await measure(side, config.warmupSeconds * 1000, false);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) await measure(side, config.phaseSeconds * 1000, true);
    }
  } finally {
    for (const side of sides) await closeClients(side.sessions);
    await off.process.stop();
    await on.process.stop();
  }
  const figures = (side: Side) => ({
    calls: side.calls,
    seconds: side.ms / 1000,
    cpuMsPerCall: side.cpu / Math.max(side.calls, 1),
  });
  const [a, b] = sides.map(figures);
  return { label: db.label, on: a, off: b, share: a.calls / a.seconds / (b.calls / b.seconds) };
}

export function printRollupComparison(result: RollupComparison): void {
  const rate = (s: RollupComparison["on"]) => (s.calls / s.seconds).toFixed(0).padStart(6);
  console.log(
    `\n  Gateway c=${CONCURRENCY} with rollups on vs off (${ROUNDS} interleaved rounds each) — ${result.label}`,
  );
  console.log(
    `    rollups on : ${rate(result.on)} calls/s, ${result.on.cpuMsPerCall.toFixed(2)} ms CPU per call`,
  );
  console.log(
    `    rollups off: ${rate(result.off)} calls/s, ${result.off.cpuMsPerCall.toFixed(2)} ms CPU per call`,
  );
  console.log(
    `    on/off: ${(result.share * 100).toFixed(1)} % (target >= ${ROLLUP_SHARE_TARGET * 100} %) ${result.share >= ROLLUP_SHARE_TARGET ? "met" : "MISSED"}`,
  );
}
