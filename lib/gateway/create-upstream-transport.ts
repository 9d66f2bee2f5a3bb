import "server-only";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { Connection } from "@/lib/servers/schemas";
import { fetchWithOwnSignal } from "@/lib/gateway/fetch-with-own-signal";

const STDERR_TAIL_LINES = 20;

export type UpstreamTransport = { transport: Transport; stderrTail(): string };

/**
 * The SDK transport for a connection. stdio children get the SDK's safe default environment plus
 * the server's own variables (never Gatehouse's secrets), and their stderr is kept, last lines
 * only, to explain failures. "node" runs with this process's Node binary.
 */
export function createUpstreamTransport(connection: Connection): UpstreamTransport {
  if (connection.transport === "stdio") {
    const transport = new StdioClientTransport({
      command: connection.command === "node" ? process.execPath : connection.command,
      args: connection.args,
      env: { ...getDefaultEnvironment(), ...connection.env },
      stderr: "pipe",
    });
    const tail: string[] = [];
    transport.stderr?.on("data", (chunk: Buffer) => {
      tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - STDERR_TAIL_LINES));
    });
    return { transport, stderrTail: () => tail.join("\n") };
  }
  const requestInit: RequestInit = { headers: connection.headers ?? {} };
  const url = new URL(connection.url);
  const transport = connection.transport === "sse"
    ? new SSEClientTransport(url, { requestInit, fetch: fetchWithOwnSignal, eventSourceInit: { fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...connection.headers } }) } })
    : new StreamableHTTPClientTransport(url, { requestInit, fetch: fetchWithOwnSignal });
  return { transport, stderrTail: () => "" };
}
