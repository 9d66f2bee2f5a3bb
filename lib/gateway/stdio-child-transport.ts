import "server-only";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { PassThrough } from "node:stream";
import { ReadBuffer, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

export type StdioChildOptions = {
  /** An absolute path (lib/servers/command-policy.ts resolves bare names first). */
  command: string;
  args: readonly string[];
  /** The child's whole environment: nothing is inherited from Gatehouse. */
  env: Record<string, string>;
  uid?: number;
  gid?: number;
};

const CLOSE_GRACE_MS = 2000;

/**
 * The MCP stdio client transport over child_process.spawn. The SDK's StdioClientTransport always
 * merges part of our environment into the child's and cannot switch user; this one passes exactly
 * the given environment and, when configured, a uid/gid (libuv drops supplementary groups too).
 */
export class StdioChildTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  /** Available before start(), so no early output is lost. */
  readonly stderr = new PassThrough();
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly buffer = new ReadBuffer();

  constructor(private readonly options: StdioChildOptions) {}

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(): Promise<void> {
    if (this.child) throw new Error("StdioChildTransport already started");
    const { command, args, env, uid, gid } = this.options;
    return new Promise((resolve, reject) => {
      // Next.js declares NODE_ENV as required on ProcessEnv; an environment built from scratch has none.
      const childEnv = env as NodeJS.ProcessEnv;
      const child = spawn(command, [...args], {
        env: childEnv,
        uid,
        gid,
        stdio: ["pipe", "pipe", "pipe"],
        shell: false,
      });
      this.child = child;
      child.once("error", (error) => {
        reject(error);
        this.onerror?.(error);
      });
      child.once("spawn", () => resolve());
      child.once("close", () => {
        this.child = null;
        this.onclose?.();
      });
      child.stdin.on("error", (error) => this.onerror?.(error));
      child.stdout.on("error", (error) => this.onerror?.(error));
      child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
      child.stderr.pipe(this.stderr);
    });
  }

  private read(chunk: Buffer): void {
    try {
      this.buffer.append(chunk);
      for (let message = this.buffer.readMessage(); message; message = this.buffer.readMessage())
        this.onmessage?.(message);
    } catch (error) {
      // A line that is not JSON-RPC: the child is not speaking MCP; end it.
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
      void this.close();
    }
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin) return Promise.reject(new Error("Not connected"));
    return new Promise((resolve) => {
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once("drain", resolve);
    });
  }

  /** Closes stdin, then SIGTERM, then SIGKILL, each after a grace period (as the SDK does). */
  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    this.buffer.clear();
    if (!child) return;
    const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
    const graceOrClosed = () =>
      Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
    child.stdin.end();
    await graceOrClosed();
    for (const signal of ["SIGTERM", "SIGKILL"] as const) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      if (signal === "SIGTERM") await graceOrClosed();
    }
  }
}
