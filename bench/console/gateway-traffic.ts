// Gateway traffic for the overview and the servers' "Calls (1 h)": an agent's MCP session calling
// the live servers' echo tool, with a few calls to a tool its role may not call (denied).
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { closeClients, connectClients, LATEST } from "../gateway/mcp-clients";

export type GatewayTraffic = { answered: number; refused: number };

export async function callGatewayTools(
  baseUrl: string,
  agentKey: string,
  slugs: string[],
  count: number,
): Promise<GatewayTraffic> {
  const sessions = await connectClients(
    {
      label: "agent",
      url: `${baseUrl}/api/mcp`,
      tool: `${slugs[0]}__echo`,
      headers: { authorization: `Bearer ${agentKey}` },
    },
    1,
    LATEST,
  );
  const traffic: GatewayTraffic = { answered: 0, refused: 0 };
  try {
    for (let i = 0; i < count; i++) {
      // One call in twenty goes to the demo server, which the agent's role does not grant.
      const name = i % 20 === 19 ? "everything__echo" : `${slugs[i % slugs.length]}__echo`;
      try {
        const result = await sessions[0].client.callTool({ name, arguments: { message: `bench call ${i}` } });
        if (result.isError) traffic.refused++;
        else traffic.answered++;
      } catch (error) {
        // A JSON-RPC error is the gateway's answer (denied, unknown tool); anything else is a failure.
        if (!(error instanceof McpError)) throw error;
        traffic.refused++;
      }
    }
  } finally {
    await closeClients(sessions);
  }
  return traffic;
}
