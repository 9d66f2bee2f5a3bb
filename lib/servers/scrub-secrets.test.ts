import { expect, test } from "vitest";
import { scrubSecrets, secretValuesOf } from "@/lib/servers/scrub-secrets";

test("env and header values, bearer tokens alone, URL credentials and secret query values are scrubbed", () => {
  const stdio = secretValuesOf({
    transport: "stdio",
    command: "node",
    args: [],
    env: { TOKEN: "tok-123456", FLAG: "1" },
  });
  expect(scrubSecrets("printed tok-123456 and tok-123456 and 1", stdio)).toBe(
    "printed [redacted] and [redacted] and 1",
  );

  const http = secretValuesOf({
    transport: "streamable_http",
    url: "http://127.0.0.1/mcp?api_key=q%2Fkey%2B77",
    headers: { Authorization: "Bearer abcdefgh12345678" },
  });
  expect(scrubSecrets("echo abcdefgh12345678 q/key+77 q%2Fkey%2B77", http)).toBe(
    "echo [redacted] [redacted] [redacted]",
  );
  expect(scrubSecrets("got Bearer abcdefgh12345678", http)).toBe("got [redacted]");
});
