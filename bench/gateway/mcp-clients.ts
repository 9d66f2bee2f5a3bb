// Official SDK clients, one session per worker. A client may pin an older protocol version by
// rewriting what its initialize request offers (the SDK always offers its latest).
// The SDK's transport hands every fetch the session's one AbortSignal; undici adds an abort
// listener per request and drops it only when the request is garbage-collected, so under load
// listeners pile up on that signal (MaxListenersExceededWarning past 1,500). Each POST here gets
// its own signal instead, linked to the session's for close().
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { defer } from "./cleanup";

export const LATEST = "2025-11-25";
export const OLDER = "2025-06-18";

const fetchWithOwnSignal: FetchLike = async (url, init) => {
  const session = init?.signal;
  if (!session) return fetch(url, init);
  const own = new AbortController();
  const abort = () => own.abort(session.reason);
  if (session.aborted) abort();
  else session.addEventListener("abort", abort, { once: true });
  try {
    return await fetch(url, { ...init, signal: own.signal });
  } finally {
    session.removeEventListener("abort", abort);
  }
};

class PinnedProtocolTransport extends StreamableHTTPClientTransport {
  constructor(
    url: URL,
    headers: Record<string, string>,
    private readonly offer: string,
  ) {
    super(url, { requestInit: { headers }, fetch: fetchWithOwnSignal });
  }

  override send(
    message: JSONRPCMessage,
    options?: Parameters<StreamableHTTPClientTransport["send"]>[1],
  ): Promise<void> {
    if ("method" in message && message.method === "initialize" && "id" in message) {
      message = { ...message, params: { ...message.params, protocolVersion: this.offer } };
    }
    return super.send(message, options);
  }
}

export type Target = { label: string; url: string; tool: string; headers: Record<string, string> };

export type Session = { client: Client; protocolVersion: string | undefined };

/** Connects `count` clients to the target offering `protocol`; each is closed at cleanup. */
export async function connectClients(target: Target, count: number, protocol: string): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    const transport = new PinnedProtocolTransport(new URL(target.url), target.headers, protocol);
    const client = new Client({ name: `bench-${target.label}-${i}`, version: "1.0.0" });
    await client.connect(transport, { signal: AbortSignal.timeout(15_000) });
    sessions.push({ client, protocolVersion: transport.protocolVersion });
  }
  const close = defer(`close ${target.label} clients`, async () => {
    await Promise.allSettled(sessions.map((s) => s.client.close()));
  });
  return Object.assign(sessions, { close });
}

export async function closeClients(sessions: Session[]): Promise<void> {
  await (sessions as Session[] & { close?: () => Promise<void> }).close?.();
}
