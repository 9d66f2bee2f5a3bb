import { withAuth } from "@/lib/api/with-auth";
import { connectionSchema } from "@/lib/servers/schemas";
import { testConnection } from "@/lib/servers/test-connection";

// POST /api/v1/servers/test – try a connection before saving it; reports what went wrong
export const POST = withAuth({ capability: "servers:write", body: connectionSchema }, async ({ body }) =>
  testConnection(body, body.transport === "stdio" ? `the command ${body.command}` : body.url),
);
