import "server-only";
import { scrubSecrets } from "@/lib/servers/scrub-secrets";

export type ConnectionErrorKind =
  | "bad_url"
  | "refused"
  | "not_found"
  | "not_mcp"
  | "auth"
  | "timeout"
  | "spawn_failed"
  | "exited"
  | "blocked"
  | "unknown";

export type ConnectionErrorDescription = { kind: ConnectionErrorKind; message: string };

export type DescribeContext = {
  /** How the upstream is named in the sentence (a name and slug, a masked URL or a command). */
  target: string;
  stderrTail?: string;
  /** Configured secret values (secretValuesOf) to scrub from everything the sentence quotes. */
  secrets?: readonly string[];
};

/** Thrown before connecting when an address is outside UPSTREAM_ALLOWED_HOSTS or in a denied range. */
export const ADDRESS_BLOCKED = "EGATEHOUSE_ADDRESS_BLOCKED";
/** Thrown before spawning when STDIO_ALLOWED_COMMANDS does not list the command. */
export const COMMAND_BLOCKED = "EGATEHOUSE_COMMAND_BLOCKED";

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
 * (for "test connection" and the server's last error). The sentence names the kind of failure and
 * at most an HTTP status or an error code, never what the far side answered (a body or banner
 * would fingerprint the service behind a URL); a stdio child's own stderr is kept, as the only
 * clue to why a command fails, scrubbed like everything else of configured secrets.
 */
export function describeConnectionError(
  error: unknown,
  context: DescribeContext,
): ConnectionErrorDescription {
  const described = classify(error, context);
  return { kind: described.kind, message: scrubSecrets(described.message, context.secrets ?? []) };
}

function classify(error: unknown, context: DescribeContext): ConnectionErrorDescription {
  const message = error instanceof Error ? error.message : String(error);
  // SSE errors carry the HTTP status as code and the network error only in the message.
  const code =
    causeCode(error) ??
    /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EGATEHOUSE_ADDRESS_BLOCKED)\b/.exec(
      message,
    )?.[1];
  const status =
    typeof (error as { code?: unknown })?.code === "number"
      ? (error as { code: number }).code
      : /\(HTTP (\d{3})\)|\bHTTP (\d{3})\b/.exec(message)?.slice(1).find(Boolean);
  const httpStatus = status === undefined ? undefined : Number(status);
  const stderr = context.stderrTail ? ` Last output: ${context.stderrTail.slice(-500)}` : "";
  const { target } = context;

  if (code === ADDRESS_BLOCKED)
    return {
      kind: "blocked",
      message: `${target} is not an allowed upstream address (UPSTREAM_ALLOWED_HOSTS / UPSTREAM_DENIED_RANGES).`,
    };
  if (code === COMMAND_BLOCKED)
    return {
      kind: "spawn_failed",
      message: `Could not start ${target}: the command is not in STDIO_ALLOWED_COMMANDS.`,
    };
  if (code === "ENOENT" || code === "EACCES")
    return {
      kind: "spawn_failed",
      message: `Could not start ${target}: ${code === "ENOENT" ? "command not found" : "permission denied"}.`,
    };
  if (code === "EPERM")
    return {
      kind: "spawn_failed",
      message: `Could not start ${target}: not permitted to run it as STDIO_UID/STDIO_GID.`,
    };
  if (code === "ECONNREFUSED")
    return {
      kind: "refused",
      message: `Connection refused by ${target}. Is the server running and listening there?`,
    };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return { kind: "not_found", message: `The host of ${target} could not be found. Check the URL.` };
  if (code === "ERR_INVALID_URL") return { kind: "bad_url", message: `${target} is not a valid URL.` };
  if (/timed? ?out|timeout/i.test(message) || code === "ETIMEDOUT")
    return { kind: "timeout", message: `${target} did not complete the MCP handshake in time.${stderr}` };
  if (httpStatus === 401 || httpStatus === 403 || /\b(401|403)\b/.test(message)) {
    return {
      kind: "auth",
      message: `${target} refused the credentials (HTTP ${httpStatus ?? (/\b403\b/.test(message) ? 403 : 401)}). Check the headers, e.g. Authorization.`,
    };
  }
  if (
    (httpStatus !== undefined && httpStatus >= 300) ||
    httpStatus === -1 ||
    /Unexpected content type|Non-200|not valid JSON|Unexpected token|404|405/i.test(message)
  ) {
    return {
      kind: "not_mcp",
      message: `${target} answered, but not as an MCP server${httpStatus && httpStatus > 0 ? ` (HTTP ${httpStatus})` : ""}. Check the URL path (often /mcp or /sse).`,
    };
  }
  if (/Connection closed|closed|exited/i.test(message))
    return {
      kind: "exited",
      message: `${target} closed the connection before the MCP handshake finished.${stderr}`,
    };
  return { kind: "unknown", message: `Could not connect to ${target}${code ? ` (${code})` : ""}.${stderr}` };
}
