// One database's run: bootstrap, start Gatehouse, register the upstream and key, then the load
// phases (direct and through the gateway, per protocol and concurrency), audit check, memory.
import { config } from "./config";
import { measureCpu } from "./cpu-time";
import type { BenchDatabase } from "./databases";
import { freePort } from "./free-port";
import { bootstrapDatabase, gatehouseEnv, startGatehouse, type Gatehouse } from "./gatehouse";
import { runPhase, type PhaseResult } from "./load";
import { closeClients, connectClients, LATEST, OLDER, type Session, type Target } from "./mcp-clients";
import { runMemoryPhase } from "./memory-phase";
import {
  printAudit,
  printErrors,
  printMemory,
  printProtocolTable,
  printTargets,
  type DatabaseRun,
  type ProtocolRun,
} from "./report";
import { setUpGateway } from "./setup-gateway";

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export type Upstream = { url: string; pid: number };

export async function benchDatabase(
  db: BenchDatabase,
  dataDir: string,
  echo: Upstream,
): Promise<DatabaseRun> {
  console.log(`\n=== ${db.label} (${db.url.replace(/\/\/[^@/]*@/, "//")}) ===`);
  const port = await freePort();
  const env = gatehouseEnv(db.url, dataDir, port);

  let t = performance.now();
  await bootstrapDatabase(env);
  console.log(`  bootstrap ${seconds(t)} s`);
  const experiment = await db.afterBootstrap?.();
  if (experiment) console.log(`  ${experiment}`);
  t = performance.now();
  const gatehouse = await startGatehouse(env, port, config.cpuProfileDir);
  console.log(
    `  next start ready in ${seconds(t)} s (listening pid ${gatehouse.serverPid}, launched pid ${gatehouse.process.pid})`,
  );
  try {
    return await measure(db, gatehouse, env, echo);
  } catch (error) {
    console.error(`\n  Gatehouse's last output lines:\n${gatehouse.process.tail().replace(/^/gm, "    ")}`);
    throw error;
  }
}

async function measure(
  db: BenchDatabase,
  gatehouse: Gatehouse,
  env: NodeJS.ProcessEnv,
  echo: Upstream,
): Promise<DatabaseRun> {
  let t = performance.now();
  const setup = await setUpGateway(env, gatehouse.baseUrl, echo.url);
  for (const note of setup.notes) console.log(`  note: ${note}`);

  const direct: Target = { label: "direct", url: echo.url, tool: "echo", headers: {} };
  const gateway: Target = {
    label: "gateway",
    url: `${gatehouse.baseUrl}/api/mcp`,
    tool: "bench__echo",
    headers: { authorization: `Bearer ${setup.benchKey}` },
  };
  const errorSamples = new Map<string, number>();
  let gatewayCalls = 0;
  const merge = (r: PhaseResult) => {
    for (const [m, n] of r.errorSamples) errorSamples.set(m, (errorSamples.get(m) ?? 0) + n);
    return r;
  };
  const phase = async (sessions: Session[], target: Target, concurrency: number, durationMs: number) => {
    const pids = { gatehouse: gatehouse.serverPid, upstream: echo.pid, loadgen: process.pid };
    const result = merge(
      await measureCpu(pids, () => runPhase({ sessions, tool: target.tool, concurrency, durationMs })),
    );
    if (target === gateway) gatewayCalls += result.calls;
    return result;
  };

  const runs: ProtocolRun[] = [];
  let memorySessions: Session[] | null = null;
  for (const [protocol, concurrencies] of [
    [LATEST, config.concurrencies],
    [OLDER, config.olderProtocolConcurrencies],
  ] as const) {
    const width = Math.max(...concurrencies, protocol === LATEST ? config.memoryConcurrency : 1);
    const directSessions = await connectClients(direct, width, protocol);
    const gatewaySessions = await connectClients(gateway, width, protocol);
    if (runs.length === 0) {
      const { tools } = await gatewaySessions[0].client.listTools();
      if (!tools.some((tool) => tool.name === gateway.tool))
        throw new Error(
          `${gateway.tool} is not in the gateway's tools/list: ${tools.map((x) => x.name).join(", ")}`,
        );
    }
    const warmupMs = config.warmupSeconds * 1000;
    await phase(directSessions, direct, Math.min(8, width), warmupMs / 2);
    await phase(gatewaySessions, gateway, Math.min(8, width), warmupMs);

    const run: ProtocolRun = {
      protocol,
      negotiated: { direct: directSessions[0].protocolVersion, gateway: gatewaySessions[0].protocolVersion },
      pairs: [],
    };
    for (const concurrency of concurrencies) {
      const d = await phase(directSessions, direct, concurrency, config.phaseSeconds * 1000);
      const g = await phase(gatewaySessions, gateway, concurrency, config.phaseSeconds * 1000);
      run.pairs.push({ concurrency, direct: d, gateway: g });
    }
    runs.push(run);
    printProtocolTable(run, config.phaseSeconds);
    await closeClients(directSessions);
    if (protocol === LATEST) memorySessions = gatewaySessions;
    else await closeClients(gatewaySessions);
  }

  const result: DatabaseRun = {
    label: db.label,
    runs,
    audit: { expected: gatewayCalls, counted: await db.countGatewayAudit() },
    errorSamples,
  };
  console.log("");
  printAudit("after the throughput phases", result.audit);

  if (memorySessions) {
    const memory = await runMemoryPhase({
      sessions: memorySessions,
      tool: gateway.tool,
      serverPid: gatehouse.serverPid,
      baseUrl: gatehouse.baseUrl,
      adminKey: setup.adminKey,
    });
    gatewayCalls += memory.calls;
    for (const [m, n] of memory.errorSamples) errorSamples.set(m, (errorSamples.get(m) ?? 0) + n);
    result.memory = memory;
    printMemory(memory);
    result.auditAfterMemory = { expected: gatewayCalls, counted: await db.countGatewayAudit() };
    printAudit("after the memory phase", result.auditAfterMemory);
    await closeClients(memorySessions);
  }
  printTargets(result);
  printErrors(errorSamples);

  t = performance.now();
  await gatehouse.process.stop();
  const output = gatehouse.process.output();
  console.log(
    `  Gatehouse stopped in ${seconds(t)} s; it wrote ${output.lines} log lines, ${[...output.warnings.values()].reduce((a, b) => a + b, 0)} with warn/error:`,
  );
  for (const [line, count] of output.warnings) console.log(`    ${count} × ${line}`);
  return result;
}
