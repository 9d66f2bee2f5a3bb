// A small MCP upstream over stateless streamable HTTP for tests: a fresh SDK server per request,
// answering in plain JSON, with the handlers the test gives it.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { Server as McpServer } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

/** `handlers` registers request handlers on each request's server (the request is there to read). */
export function statelessMcpUpstream(
  name: string,
  handlers: (server: McpServer, req: IncomingMessage) => void,
): Server {
  return createServer(async (req, res) => {
    const server = new McpServer({ name, version: "1.0.0" }, { capabilities: { tools: {} } });
    handlers(server, req);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on("close", () => void server.close());
    await server.connect(transport);
    await transport.handleRequest(req, res);
  });
}
