// What a small team's console holds after a few weeks, created through the REST API with an
// admin key as an operator's script would: upstream servers (three live stdio ones, some down,
// one disabled), roles with tool grants, people holding them, and gateway traffic from an agent.
import { cli } from "../gateway/gatehouse";
import { restApi, type RestApi } from "../gateway/rest-api";
import { sleep } from "../gateway/processes";
import { callGatewayTools, type GatewayTraffic } from "./gateway-traffic";
import type { ConsoleServer } from "./console-server";

export const SEED = { liveServers: 2, downServers: 4, roles: 12, users: 40, gatewayCalls: 300 };

const EVERYTHING = ["node_modules/@modelcontextprotocol/server-everything/dist/index.js", "stdio"];
const TEAMS = ["crm", "files", "search", "billing", "support", "analytics"];

export type SeedSummary = {
  servers: number;
  tools: number;
  roles: number;
  users: number;
  calls: GatewayTraffic;
};

export async function seedConsole(server: ConsoleServer): Promise<SeedSummary> {
  const adminKey = await cli(server.env, [
    "create-api-key",
    "--name",
    "bench-console-admin",
    "--role",
    "admin",
  ]);
  const api = restApi(server.baseUrl, adminKey);

  // Besides the demo "everything": live stdio servers whose tools are approved on discovery.
  const live = Array.from({ length: SEED.liveServers }, (_, i) => `${TEAMS[i]}-mcp`);
  for (const slug of live)
    await api("POST", "/api/v1/servers", {
      slug,
      name: `${slug} (server-everything)`,
      transport: "stdio",
      command: "node",
      args: EVERYTHING,
      autoApprove: true,
    });
  // Nothing listens on port 9 (discard): these show as down after their first health check.
  for (let i = 0; i < SEED.downServers; i++)
    await api("POST", "/api/v1/servers", {
      slug: `${TEAMS[(i + 2) % TEAMS.length]}-remote-${i}`,
      name: `Remote ${TEAMS[(i + 2) % TEAMS.length]} ${i}`,
      transport: "streamable_http",
      url: `http://127.0.0.1:9/mcp/${i}`,
      isEnabled: i !== 0,
    });
  const tools = await waitForTools(api, ["everything", ...live]);

  await api("POST", "/api/v1/roles", {
    name: "agent",
    description: "Agents of the live servers",
    capabilities: ["mcp:connect"],
    toolGrants: live.map((slug) => ({ pattern: `${slug}/*`, effect: "allow" })),
  });
  for (let i = 1; i < SEED.roles; i++)
    await api("POST", "/api/v1/roles", {
      name: `team_${TEAMS[i % TEAMS.length]}_${i}`,
      description: `Team ${TEAMS[i % TEAMS.length]}`,
      inherits: i % 3 === 0 ? "viewer" : null,
      capabilities: ["servers:read", "tools:read", ...(i % 2 ? ["audit:read"] : [])],
      toolGrants: [
        { pattern: `${TEAMS[i % TEAMS.length]}-*/*`, effect: "allow" },
        { pattern: "*/print*", effect: "deny" },
      ],
    });
  for (let i = 0; i < SEED.users; i++)
    await api("POST", "/api/v1/users", {
      email: `person${i}@bench.local`,
      name: `Person ${i}`,
      password: "bench-person-password-1",
      roles: [
        i % 4 === 0
          ? "operator"
          : `team_${TEAMS[((i % (SEED.roles - 1)) + 1) % TEAMS.length]}_${(i % (SEED.roles - 1)) + 1}`,
      ],
    });

  const agentKey = await cli(server.env, [
    "create-api-key",
    "--name",
    "bench-agent",
    "--role",
    "agent",
    // Above the traffic: the default per-key limit would refuse most of the seed calls.
    "--rate-limit",
    "100000",
  ]);
  const calls = await callGatewayTools(server.baseUrl, agentKey, live, SEED.gatewayCalls);
  return { servers: 1 + live.length + SEED.downServers, tools, roles: SEED.roles, users: SEED.users, calls };
}

/** Waits (up to 60 s) until every live server has listed its tools; returns how many tools there are. */
async function waitForTools(api: RestApi, slugs: string[]): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const counts = await Promise.all(
      slugs.map(async (slug) => {
        const { tools } = await api<{ tools: unknown[] }>("GET", `/api/v1/tools?server=${slug}&limit=500`);
        return tools.length;
      }),
    );
    if (counts.every((n) => n > 0)) return counts.reduce((a, b) => a + b, 0);
    if (Date.now() > deadline)
      throw new Error(`servers without tools after 60 s: ${slugs.join(", ")} -> ${counts}`);
    await sleep(500);
  }
}
