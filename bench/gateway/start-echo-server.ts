import path from "node:path";
import { startProcess, type Started } from "./processes";

export type EchoServer = { url: string; process: Started };

/** Starts echo-server.ts in its own process (own CPU time, as a real upstream would have). */
export async function startEchoServer(): Promise<EchoServer> {
  const script = path.resolve("bench", "gateway", "echo-server.ts");
  const started = startProcess("echo upstream", process.execPath, ["--import", "tsx", script], {
    ...process.env,
    PORT: "0",
  });
  const line = await started.waitForLine(/^\{"port":\d+\}$/, 20_000);
  const { port } = JSON.parse(line) as { port: number };
  return { url: `http://127.0.0.1:${port}/mcp`, process: started };
}
