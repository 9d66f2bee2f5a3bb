import type { ServerResponse } from "node:http";

/**
 * Writes a web Response to node:http: a plain body in one write, a stream (the SSE answer of a
 * call with progress) chunk by chunk with backpressure, cancelled when the client goes away.
 */
export async function writeNodeResponse(
  response: Response,
  res: ServerResponse,
  disconnected: AbortSignal,
): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);

  if (!response.body) {
    res.end();
    return;
  }
  if (!response.headers.get("content-type")?.startsWith("text/event-stream")) {
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel(disconnected.reason).catch(() => undefined);
  disconnected.addEventListener("abort", cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // A client that stops reading and then leaves ends the wait too ("close").
      if (!res.write(value))
        await new Promise((resolve) => {
          res.once("drain", resolve);
          res.once("close", resolve);
        });
    }
  } finally {
    disconnected.removeEventListener("abort", cancel);
    res.end();
  }
}
