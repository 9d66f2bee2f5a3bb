import "server-only";

export type ConnectionErrorKind = "bad_url" | "refused" | "not_found" | "not_mcp" | "auth" | "timeout" | "spawn_failed" | "exited" | "unknown";

export type ConnectionErrorDescription = { kind: ConnectionErrorKind; message: string };

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns whatever connecting to an upstream threw into a kind and a sentence a person can act on
 * (for "test connection" and the server's last error). Never includes headers or env values.
 */
export function describeConnectionError(error: unknown, context: { target: string; stderrTail?: string }): ConnectionErrorDescription {
  const message = error instanceof Error ? error.message : String(error);
  // SSE errors carry the HTTP status as code and the network error only in the message.
  const code = causeCode(error) ?? /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b/.exec(message)?.[1];
  const status = typeof (error as { code?: unknown })?.code === "number" ? ((error as { code: number }).code) : undefined;
  const stderr = context.stderrTail ? ` Last output: ${context.stderrTail.slice(-500)}` : "";

  if (code === "ENOENT" || code === "EACCES") return { kind: "spawn_failed", message: `Could not start ${context.target}: ${code === "ENOENT" ? "command not found" : "permission denied"}.` };
  if (code === "ECONNREFUSED") return { kind: "refused", message: `Connection refused by ${context.target}. Is the server running and listening there?` };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return { kind: "not_found", message: `The host of ${context.target} could not be found. Check the URL.` };
  if (code === "ERR_INVALID_URL") return { kind: "bad_url", message: `${context.target} is not a valid URL.` };
  if (/timed? ?out|timeout/i.test(message) || code === "ETIMEDOUT") return { kind: "timeout", message: `${context.target} did not complete the MCP handshake in time.${stderr}` };
  if (status === 401 || status === 403 || /\b(401|403)\b/.test(message)) {
    return { kind: "auth", message: `${context.target} refused the credentials (HTTP ${status ?? (/\b403\b/.test(message) ? 403 : 401)}). Check the headers, e.g. Authorization.` };
  }
  if ((status !== undefined && status >= 400) || status === -1 || /Unexpected content type|Non-200|not valid JSON|Unexpected token|404|405/i.test(message)) {
    return { kind: "not_mcp", message: `${context.target} answered, but not as an MCP server (${status && status > 0 ? `HTTP ${status}` : message.slice(0, 120)}). Check the URL path (often /mcp or /sse).` };
  }
  if (/Connection closed|closed|exited/i.test(message)) return { kind: "exited", message: `${context.target} closed the connection before the MCP handshake finished.${stderr}` };
  return { kind: "unknown", message: `Could not connect to ${context.target}: ${message.slice(0, 300)}${stderr}` };
}
