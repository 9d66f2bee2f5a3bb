// One database's run: bootstrap, start Gatehouse twice (in-memory rate limits, and shared ones in
// Redis when it is reachable), register server-everything over stdio and a key, then measure
// both against mcp-proxy in interleaved rounds per protocol and concurrency; then the audit
// check and the memory phase.
import { config } from "./config";
import type { BenchDatabase } from "./databases";
import { freePort } from "./free-port";
import { bootstrapDatabase, gatehouseEnv, startGatehouse, type Gatehouse } from "./gatehouse";
import { runInterleaved, type Contender } from "./interleave";
import { closeClients, connectClients, LATEST, OLDER, type Session } from "./mcp-clients";
import { runMemoryPhase } from "./memory-phase";
import type { PeerProxy } from "./peer-proxy";
import { everythingStdio } from "./peer-proxy";
import { isRedisReachable } from "./redis-reachable";
import {
  printAudit,
  printErrors,
  printLevelTable,
  printMemory,
  printTargets,
  type DatabaseRun,
  type ProtocolRun,
} from "./report";
import { setUpGateway } from "./setup-gateway";

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export async function benchDatabase(
  db: BenchDatabase,
  dataDir: string,
  peer: PeerProxy,
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
  console.log(`  Gatehouse ready in ${seconds(t)} s (pid ${gatehouse.serverPid})`);
  const started: Gatehouse[] = [gatehouse];
  try {
    const setup = await setUpGateway(env, gatehouse.baseUrl, { transport: "stdio", ...everythingStdio() });
    for (const note of setup.notes) console.log(`  note: ${note}`);
    // Started after the upstream and key exist, so it loads them at start.
    let withRedis: Gatehouse | null = null;
    if (await isRedisReachable(config.redisUrl)) {
      const redisPort = await freePort();
      withRedis = await startGatehouse(
        { ...gatehouseEnv(db.url, dataDir, redisPort), REDIS_URL: config.redisUrl },
        redisPort,
      );
      started.push(withRedis);
      console.log(`  Gatehouse with REDIS_URL=${config.redisUrl} ready (pid ${withRedis.serverPid})`);
    } else {
      console.log(`  Redis at ${config.redisUrl} is unreachable: no shared-rate-limit phase`);
    }
    return await measure(db, {
      gatehouse,
      withRedis,
      peer,
      benchKey: setup.benchKey,
      adminKey: setup.adminKey,
    });
  } catch (error) {
    for (const g of started)
      console.error(
        `\n  Gatehouse (pid ${g.serverPid}) last output lines:\n${g.process.tail().replace(/^/gm, "    ")}`,
      );
    throw error;
  } finally {
    for (const g of started.reverse()) await stopAndReport(g);
  }
}

type Targets = {
  gatehouse: Gatehouse;
  withRedis: Gatehouse | null;
  peer: PeerProxy;
  benchKey: string;
  adminKey: string;
};

async function measure(db: BenchDatabase, targets: Targets): Promise<DatabaseRun> {
  const gatewayTarget = (g: Gatehouse, label: string) => ({
    label,
    url: `${g.baseUrl}/api/mcp`,
    tool: "bench__echo",
    headers: { authorization: `Bearer ${targets.benchKey}` },
  });
  const runs: ProtocolRun[] = [];
  const errorSamples = new Map<string, number>();
  let gatewayCalls = 0;
  let memorySessions: Session[] | null = null;

  for (const [protocol, levels] of [
    [OLDER, config.concurrencies],
    [LATEST, config.newerProtocolConcurrencies],
  ] as const) {
    const width = Math.max(...levels, protocol === OLDER ? config.memoryConcurrency : 1);
    const sessions = {
      peer: await connectClients(
        { label: "peer", url: targets.peer.url, tool: "echo", headers: {} },
        width,
        protocol,
      ),
      gateway: await connectClients(gatewayTarget(targets.gatehouse, "gateway"), width, protocol),
      redis: targets.withRedis
        ? await connectClients(gatewayTarget(targets.withRedis, "gateway-redis"), width, protocol)
        : null,
    };
    if (runs.length === 0) await checkToolListed(sessions.gateway[0]);
    const contenders: Contender[] = [
      { label: "mcp-proxy", sessions: sessions.peer, tool: "echo", pid: targets.peer.pid },
      {
        label: "Gatehouse",
        sessions: sessions.gateway,
        tool: "bench__echo",
        pid: targets.gatehouse.serverPid,
      },
    ];
    if (sessions.redis && targets.withRedis)
      contenders.push({
        label: "Gatehouse+Redis",
        sessions: sessions.redis,
        tool: "bench__echo",
        pid: targets.withRedis.serverPid,
      });
    // Every gateway call is audited, warm-up included; contenders after the first are Gatehouses.
    const countGatewayCalls = (measured: { calls: number }[]) =>
      (gatewayCalls += measured.slice(1).reduce((n, m) => n + m.calls, 0));
    countGatewayCalls(await runInterleaved(contenders, Math.min(8, width), 1, config.warmupSeconds * 1000));

    const run: ProtocolRun = {
      protocol,
      negotiated: sessions.gateway[0].protocolVersion,
      labels: contenders.map((c) => c.label),
      levels: [],
    };
    for (const concurrency of levels) {
      const measured = await runInterleaved(
        contenders,
        concurrency,
        config.rounds,
        config.phaseSeconds * 1000,
      );
      for (const m of measured)
        for (const [message, n] of m.errorSamples)
          errorSamples.set(message, (errorSamples.get(message) ?? 0) + n);
      countGatewayCalls(measured);
      run.levels.push({ concurrency, results: measured });
    }
    runs.push(run);
    printLevelTable(run, config.rounds, config.phaseSeconds);
    await closeClients(sessions.peer);
    if (sessions.redis) await closeClients(sessions.redis);
    if (protocol === OLDER) memorySessions = sessions.gateway;
    else await closeClients(sessions.gateway);
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
      tool: "bench__echo",
      serverPid: targets.gatehouse.serverPid,
      baseUrl: targets.gatehouse.baseUrl,
      adminKey: targets.adminKey,
    });
    for (const [m, n] of memory.errorSamples) errorSamples.set(m, (errorSamples.get(m) ?? 0) + n);
    result.memory = memory;
    printMemory(memory);
    result.auditAfterMemory = {
      expected: result.audit.expected + memory.calls,
      counted: await db.countGatewayAudit(),
    };
    printAudit("after the memory phase", result.auditAfterMemory);
    await closeClients(memorySessions);
  }
  printTargets(result);
  printErrors(errorSamples);
  return result;
}

async function checkToolListed(session: Session): Promise<void> {
  const { tools } = await session.client.listTools();
  if (!tools.some((tool) => tool.name === "bench__echo"))
    throw new Error(`bench__echo is not in the gateway's tools/list: ${tools.map((x) => x.name).join(", ")}`);
}

async function stopAndReport(gatehouse: Gatehouse): Promise<void> {
  const t = performance.now();
  await gatehouse.process.stop();
  const output = gatehouse.process.output();
  const warnings = [...output.warnings.values()].reduce((a, b) => a + b, 0);
  console.log(
    `  Gatehouse (port ${gatehouse.port}) stopped in ${seconds(t)} s; ${output.lines} log lines, ${warnings} with warn/error:`,
  );
  for (const [line, count] of output.warnings) console.log(`    ${count} × ${line}`);
}
