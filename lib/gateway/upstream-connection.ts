import "server-only";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import {
  PromptListChangedNotificationSchema,
  ResourceListChangedNotificationSchema,
  ToolListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { createUpstreamTransport } from "@/lib/gateway/create-upstream-transport";
import { trackChild } from "@/lib/gateway/stdio-children";
import { StdioChildTransport } from "@/lib/gateway/stdio-child-transport";
import {
  describeConnectionError,
  type ConnectionErrorDescription,
} from "@/lib/gateway/describe-connection-error";
import { secretValuesOf } from "@/lib/servers/scrub-secrets";
import type { Connection } from "@/lib/servers/schemas";

export const GATEWAY_CLIENT_INFO = { name: "gatehouse-gateway", version: "0.1.0" };

const MAX_BACKOFF_MS = 30_000;

export type UpstreamEvents = {
  /** A (re)connection completed its handshake: the registry should refresh. */
  onConnected?(client: Client): void;
  onListChanged?(kind: "tools" | "prompts" | "resources"): void;
  onDisconnected?(reason: ConnectionErrorDescription | null): void;
};

export class UpstreamConnectError extends Error {
  constructor(readonly description: ConnectionErrorDescription) {
    super(description.message);
    this.name = "UpstreamConnectError";
  }
}

/**
 * Opens one client, completes the handshake or throws a described error (scrubbed of the
 * connection's secret values: it becomes a server's lastError, a test result, an audit detail).
 */
export async function openUpstreamClient(
  connection: Connection,
  target: string,
  timeoutMs: number,
): Promise<{ client: Client; transport: Transport; stderrTail(): string }> {
  let created: ReturnType<typeof createUpstreamTransport> | undefined;
  try {
    created = createUpstreamTransport(connection);
    const client = new Client(GATEWAY_CLIENT_INFO, { capabilities: {} });
    await client.connect(created.transport, { timeout: timeoutMs });
    return { client, transport: created.transport, stderrTail: created.stderrTail };
  } catch (error) {
    const description = describeConnectionError(error, {
      target,
      stderrTail: created?.stderrTail(),
      secrets: secretValuesOf(connection),
    });
    await created?.transport.close().catch(() => undefined);
    throw new UpstreamConnectError(description);
  }
}

/** Ends a client; HTTP sessions are terminated first so the upstream can free them. */
export async function closeUpstreamClient(client: Client, transport: Transport): Promise<void> {
  if (transport instanceof StreamableHTTPClientTransport)
    await transport.terminateSession().catch(() => undefined);
  await client.close().catch(() => undefined);
}

/**
 * One long-lived, supervised client per upstream: connected lazily, shared by all calls, and
 * reconnected with exponential backoff when it drops (a stdio child that dies is restarted).
 */
export class UpstreamConnection {
  private current: { client: Client; transport: Transport } | null = null;
  private connecting: Promise<Client> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private isClosed = false;
  lastError: ConnectionErrorDescription | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly target: string,
    private readonly connectTimeoutMs: number,
    private readonly events: UpstreamEvents = {},
  ) {}

  get isConnected(): boolean {
    return this.current !== null;
  }

  /** The connected client, connecting first if needed; concurrent callers share one attempt. */
  getClient(): Promise<Client> {
    if (this.isClosed)
      return Promise.reject(
        new UpstreamConnectError({ kind: "unknown", message: `${this.target} is disabled.` }),
      );
    if (this.current) return Promise.resolve(this.current.client);
    return (this.connecting ??= this.connect().finally(() => (this.connecting = null)));
  }

  async close(): Promise<void> {
    this.isClosed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const current = this.current;
    this.current = null;
    if (current) await closeUpstreamClient(current.client, current.transport);
  }

  private async connect(): Promise<Client> {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    try {
      const opened = await openUpstreamClient(this.connection, this.target, this.connectTimeoutMs);
      if (this.isClosed) {
        await closeUpstreamClient(opened.client, opened.transport);
        throw new UpstreamConnectError({ kind: "unknown", message: `${this.target} is disabled.` });
      }
      this.watch(opened.client, opened.transport);
      this.current = { client: opened.client, transport: opened.transport };
      this.failures = 0;
      this.lastError = null;
      this.events.onConnected?.(opened.client);
      return opened.client;
    } catch (error) {
      this.lastError =
        error instanceof UpstreamConnectError
          ? error.description
          : describeConnectionError(error, { target: this.target, secrets: secretValuesOf(this.connection) });
      this.scheduleReconnect();
      throw error instanceof UpstreamConnectError ? error : new UpstreamConnectError(this.lastError);
    }
  }

  private watch(client: Client, transport: Transport): void {
    const pid = transport instanceof StdioChildTransport ? transport.pid : null;
    const untrack = pid ? trackChild(pid) : () => undefined;
    client.setNotificationHandler(ToolListChangedNotificationSchema, async () =>
      this.events.onListChanged?.("tools"),
    );
    client.setNotificationHandler(PromptListChangedNotificationSchema, async () =>
      this.events.onListChanged?.("prompts"),
    );
    client.setNotificationHandler(ResourceListChangedNotificationSchema, async () =>
      this.events.onListChanged?.("resources"),
    );
    client.onclose = () => {
      untrack();
      if (this.current?.client !== client) return;
      this.current = null;
      void transport.close().catch(() => undefined);
      if (this.isClosed) return;
      this.lastError = { kind: "exited", message: `${this.target} closed the connection; reconnecting.` };
      this.events.onDisconnected?.(this.lastError);
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.isClosed || this.reconnectTimer) return;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures) * (0.8 + Math.random() * 0.4);
    this.failures += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.current && !this.connecting) this.getClient().catch(() => undefined);
    }, delay);
    this.reconnectTimer.unref();
  }
}
