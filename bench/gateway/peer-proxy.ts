// The peer the gateway is measured against: mcp-proxy (a bare stdio-to-HTTP MCP proxy that
// governs nothing) in front of its own server-everything child over stdio, as Gatehouse is in
// front of its own. Without the event store: it would only add a replay buffer per session.
import path from "node:path";
import { freePort } from "./free-port";
import { sleep, startProcess, type Started } from "./processes";

export type PeerProxy = { url: string; process: Started; pid: number };

/** How both targets start server-everything over stdio (an admin would enter the same). */
export function everythingStdio(): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [
      path.resolve("node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js"),
      "stdio",
    ],
  };
}

export async function startPeerProxy(): Promise<PeerProxy> {
  const port = await freePort();
  const upstream = everythingStdio();
  const started = startProcess(
    "mcp-proxy",
    process.execPath,
    [
      path.resolve("node_modules", "mcp-proxy", "dist", "bin", "mcp-proxy.mjs"),
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--server",
      "stream",
      "--no-eventStore",
      "--",
      upstream.command,
      ...upstream.args,
    ],
    { ...process.env, NODE_ENV: "production" },
  );
  const url = `http://127.0.0.1:${port}/mcp`;
  const deadline = Date.now() + 30_000;
  // It prints before listening; a POST without a session answering at all means it is up.
  for (;;) {
    if (started.child.exitCode !== null)
      throw new Error(`mcp-proxy exited (code ${started.child.exitCode}):\n${started.tail()}`);
    try {
      await fetch(url, { method: "POST", body: "{}", signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`mcp-proxy did not listen within 30 s:\n${started.tail()}`);
      await sleep(100);
    }
  }
  return { url, process: started, pid: started.pid };
}
