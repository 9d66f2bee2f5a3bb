import "server-only";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { env } from "@/lib/env";
import type { Connection } from "@/lib/servers/schemas";
import { isCommandAllowed, resolveCommand } from "@/lib/servers/command-policy";
import { COMMAND_BLOCKED } from "@/lib/gateway/describe-connection-error";
import { fetchWithOwnSignal } from "@/lib/gateway/fetch-with-own-signal";
import { guardedFetch } from "@/lib/gateway/guarded-fetch";
import { StdioChildTransport } from "@/lib/gateway/stdio-child-transport";

const STDERR_TAIL_LINES = 20;

export type UpstreamTransport = { transport: Transport; stderrTail(): string };

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * The transport for a connection. A stdio child gets PATH and the server's own variables, nothing
 * inherited (Gatehouse's environment may hold GATEHOUSE_SECRET or DATABASE_URL), runs as
 * STDIO_UID/STDIO_GID when set, and only when STDIO_ALLOWED_COMMANDS (if set) lists its command,
 * checked here again because a server saved before the list was set must not start either. Its
 * stderr is kept, last lines only, to explain failures. "node" runs with this process's Node
 * binary. HTTP and SSE requests go through guardedFetch (UPSTREAM_ALLOWED_HOSTS / _DENIED_RANGES).
 */
export function createUpstreamTransport(connection: Connection): UpstreamTransport {
  if (connection.transport === "stdio") {
    if (!isCommandAllowed(connection.command))
      throw codedError(COMMAND_BLOCKED, "command not in STDIO_ALLOWED_COMMANDS");
    const command = resolveCommand(connection.command);
    if (!command) throw codedError("ENOENT", "command not found");
    const transport = new StdioChildTransport({
      command,
      args: connection.args,
      env: { PATH: env.PATH, ...connection.env },
      uid: env.STDIO_UID,
      gid: env.STDIO_GID,
    });
    const tail: string[] = [];
    transport.stderr.on("data", (chunk: Buffer) => {
      tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - STDERR_TAIL_LINES));
    });
    return { transport, stderrTail: () => tail.join("\n") };
  }
  const requestInit: RequestInit = { headers: connection.headers ?? {} };
  const url = new URL(connection.url);
  const fetch = guardedFetch(fetchWithOwnSignal);
  // The SSE stream itself keeps the session's signal (closing the transport must end it).
  const streamFetch = guardedFetch((input, init) =>
    globalThis.fetch(input, { ...init, headers: { ...init?.headers, ...connection.headers } }),
  );
  const transport =
    connection.transport === "sse"
      ? new SSEClientTransport(url, { requestInit, fetch, eventSourceInit: { fetch: streamFetch } })
      : new StreamableHTTPClientTransport(url, { requestInit, fetch });
  return { transport, stderrTail: () => "" };
}
