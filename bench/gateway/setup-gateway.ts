// Registers the bench upstream and a bench key through the real REST API and CLI.
import { cli } from "./gatehouse";
import { RestError, restApi } from "./rest-api";

export type GatewaySetup = { benchKey: string; adminKey: string; keyLimitPerMinute: number; notes: string[] };

/** The key limit the brief asks for; the API may cap it (then the cap is used and noted). */
const WANTED_KEY_LIMIT = 10_000_000;
/** updateApiKeySchema's maximum (lib/keys/schemas.ts). */
const API_MAX_KEY_LIMIT = 100_000;

/** How Gatehouse reaches the "bench" upstream: an HTTP URL, or a command run over stdio. */
export type BenchUpstream =
  { transport: "streamable_http"; url: string } | { transport: "stdio"; command: string; args: string[] };

export const httpUpstream = (url: string): BenchUpstream => ({ transport: "streamable_http", url });

export async function setUpGateway(
  env: NodeJS.ProcessEnv,
  baseUrl: string,
  upstream: BenchUpstream,
): Promise<GatewaySetup> {
  const notes: string[] = [];
  const adminKey = await cli(env, ["create-api-key", "--name", "bench-admin", "--role", "admin"]);
  const api = restApi(baseUrl, adminKey);

  await api("POST", "/api/v1/roles", {
    name: "bench",
    description: "Benchmark caller",
    capabilities: ["mcp:connect"],
    toolGrants: [{ pattern: "bench/*", effect: "allow" }],
  });
  const { server } = await api<{ server: { id: string } }>("POST", "/api/v1/servers", {
    slug: "bench",
    name: "Bench echo",
    ...upstream,
    maxConcurrent: 64,
    maxQueue: 1000,
  });
  await api("POST", `/api/v1/servers/${server.id}/refresh`);

  const benchKey = await cli(env, ["create-api-key", "--name", "bench", "--role", "bench"]);
  const { keys } = await api<{ keys: { id: string; name: string }[] }>("GET", "/api/v1/keys");
  const keyId = keys.find((k) => k.name === "bench")?.id;
  if (!keyId) throw new Error("the bench key is not in GET /api/v1/keys");
  let keyLimitPerMinute = WANTED_KEY_LIMIT;
  try {
    await api("PATCH", `/api/v1/keys/${keyId}`, { rateLimitPerMinute: WANTED_KEY_LIMIT });
  } catch (error) {
    if (!(error instanceof RestError) || error.status !== 400) throw error;
    keyLimitPerMinute = API_MAX_KEY_LIMIT;
    await api("PATCH", `/api/v1/keys/${keyId}`, { rateLimitPerMinute: API_MAX_KEY_LIMIT });
    notes.push(
      `PATCH /api/v1/keys/:id refused rateLimitPerMinute ${WANTED_KEY_LIMIT.toLocaleString("en-US")} (400: ${error.body.slice(0, 160)}); used the API's maximum, ${API_MAX_KEY_LIMIT.toLocaleString("en-US")}/min`,
    );
  }
  return { benchKey, adminKey, keyLimitPerMinute, notes };
}
