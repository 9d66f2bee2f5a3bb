import { withAuth } from "@/lib/api/with-auth";
import { listTools } from "@/lib/tools/list-tools";
import { listToolsQuerySchema } from "@/lib/tools/schemas";

// GET /api/v1/tools – tools across servers; filters server, status, enabled, annotation, q
export const GET = withAuth({ capability: "tools:read", query: listToolsQuerySchema }, async ({ query }) =>
  listTools(query),
);
