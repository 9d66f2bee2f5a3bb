import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect, type APIResponse, type Page } from "@playwright/test";

type ToolSummary = { id: string; name: string; exposedName: string; status: string; isEnabled: boolean };

/** A short unique suffix for slugs and names, so reruns never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 5)}`;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type RunningUpstream = { url: string; stop: () => Promise<void> };

/** The official "everything" server over streamable HTTP on a free port, for as long as the test needs it. */
export async function startEverythingHttp(): Promise<RunningUpstream> {
  const port = await freePort();
  const entry = path.resolve(
    __dirname,
    "..",
    "..",
    "node_modules",
    "@modelcontextprotocol",
    "server-everything",
    "dist",
    "index.js",
  );
  const child: ChildProcess = spawn(process.execPath, [entry, "streamableHttp"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("server-everything did not start listening within 20 s")),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server-everything exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Same-origin JSON write through the page's session, as the console sends it. */
export async function apiSend(
  page: Page,
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  data?: unknown,
): Promise<APIResponse> {
  const origin = new URL(page.url()).origin;
  return page.request.fetch(url, { method, data, headers: { Origin: origin } });
}

/** The tools of a server, as the API lists them. */
export async function listServerTools(page: Page, slug: string): Promise<ToolSummary[]> {
  const response = await page.request.get(`/api/v1/tools?server=${encodeURIComponent(slug)}&limit=500`);
  expect(response.ok()).toBe(true);
  const body: { tools: ToolSummary[] } = await response.json();
  return body.tools;
}

/** Waits (up to `timeoutMs`) until a server has listed at least one tool; returns them. */
export async function waitForServerTools(
  page: Page,
  slug: string,
  timeoutMs = 60_000,
): Promise<ToolSummary[]> {
  let tools: ToolSummary[] = [];
  await expect
    .poll(
      async () => {
        tools = await listServerTools(page, slug);
        return tools.length;
      },
      { timeout: timeoutMs, message: `tools of ${slug} to appear` },
    )
    .toBeGreaterThan(0);
  return tools;
}
