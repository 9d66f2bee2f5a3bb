// Diagnostic, not part of bench:gateway: what does Gatehouse keep per gateway call? Starts the same
// setup (echo upstream, SQLite or PostgreSQL, next start with --heapsnapshot-signal), makes calls
// at c=32, takes a heap snapshot (which collects garbage first) after a first and a second batch,
// and prints the object groups that grew most between them.
// Run: npx tsx bench/gateway/heap-retention.ts [calls-per-batch=3000] [sqlite|postgresql]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runBench } from "./cleanup";
import { createPostgresDatabase, createSqliteDatabase, makeTempDir } from "./databases";
import { freePort } from "./free-port";
import { bootstrapDatabase, ensureBuild, gatehouseEnv, startGatehouse } from "./gatehouse";
import { runPhase } from "./load";
import { connectClients, LATEST } from "./mcp-clients";
import { sleep } from "./processes";
import { httpUpstream, setUpGateway } from "./setup-gateway";
import { startEchoServer } from "./start-echo-server";

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};
type Groups = Map<string, { count: number; size: number }>;

function groups(file: string): Groups {
  const snap = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const types = snap.snapshot.meta.node_types[0];
  const result: Groups = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    const name =
      type === "object" || type === "closure" || type === "native"
        ? snap.strings[snap.nodes[i + nameAt]]
        : "";
    const key = `${type}${name ? ` ${name.slice(0, 80)}` : ""}`;
    const g = result.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += snap.nodes[i + sizeAt];
    result.set(key, g);
  }
  return result;
}

/** SIGUSR2 makes Node write a snapshot on its main thread: once /api/health answers, it is done. */
async function snapshot(pid: number, dir: string, baseUrl: string): Promise<string> {
  const before = new Set(readdirSync(dir));
  process.kill(pid, "SIGUSR2");
  await sleep(500);
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(300_000) })).ok) break;
    } catch {
      // a kept-alive connection may have been reset meanwhile
    }
    process.kill(pid, 0); // throws if the server died
    await sleep(200);
  }
  const fresh = readdirSync(dir).filter((f) => f.endsWith(".heapsnapshot") && !before.has(f));
  if (fresh.length === 0) throw new Error("no heap snapshot appeared");
  return path.join(dir, fresh[0]);
}

async function main(): Promise<void> {
  const batch = Number(process.argv[2] ?? 3000);
  await ensureBuild();
  const echo = await startEchoServer();
  const dataDir = makeTempDir("gh-heap-");
  const db =
    process.argv[3] === "postgresql" ? await createPostgresDatabase() : createSqliteDatabase(dataDir);
  if ("unavailable" in db) throw new Error(`PostgreSQL is unavailable: ${db.unavailable}`);
  const port = await freePort();
  const env = gatehouseEnv(db.url, dataDir, port);
  await bootstrapDatabase(env);
  const gatehouse = await startGatehouse(
    { ...env, NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${dataDir}` },
    port,
  );
  const setup = await setUpGateway(env, gatehouse.baseUrl, httpUpstream(echo.url));
  const sessions = await connectClients(
    {
      label: "gateway",
      url: `${gatehouse.baseUrl}/api/mcp`,
      tool: "bench__echo",
      headers: { authorization: `Bearer ${setup.benchKey}` },
    },
    32,
    LATEST,
  );
  const calls = async () => {
    const r = await runPhase({
      sessions,
      tool: "bench__echo",
      concurrency: 32,
      maxCalls: batch,
      durationMs: 600_000,
      recordLatencies: false,
    });
    console.log(`${r.calls} calls, ${r.errors} errors, ${r.callsPerSecond.toFixed(0)} calls/s`);
  };
  await calls();
  const first = await snapshot(gatehouse.serverPid, dataDir, gatehouse.baseUrl);
  await calls();
  const second = await snapshot(gatehouse.serverPid, dataDir, gatehouse.baseUrl);
  const a = groups(first);
  const b = groups(second);
  const total = (g: Groups) => [...g.values()].reduce((s, x) => s + x.size, 0) / 1024 / 1024;
  console.log(
    `live heap after GC: ${total(a).toFixed(1)} MB after ${batch} calls, ${total(b).toFixed(1)} MB after ${2 * batch}`,
  );
  const growth = [...b].map(([k, v]) => ({
    k,
    count: v.count - (a.get(k)?.count ?? 0),
    size: v.size - (a.get(k)?.size ?? 0),
  }));
  console.log(`object groups that grew most over the second ${batch} calls (count, bytes, per call):`);
  for (const g of growth.sort((x, y) => y.size - x.size).slice(0, 30)) {
    console.log(
      `  ${String(g.count).padStart(8)} ${String(g.size).padStart(11)} ${(g.count / batch).toFixed(2).padStart(7)}/call  ${g.k}`,
    );
  }
}

runBench("heap-retention", main);
