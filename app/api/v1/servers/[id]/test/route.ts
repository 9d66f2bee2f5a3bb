import { withAuth } from "@/lib/api/with-auth";
import { getUpstreamConfigOrThrow } from "@/lib/servers/get-upstream-config";
import { testConnection } from "@/lib/servers/test-connection";

// POST /api/v1/servers/:id/test – try the saved server's connection (with its stored secrets)
export const POST = withAuth({ capability: "servers:write" }, async ({ params }) => {
  const config = await getUpstreamConfigOrThrow(params.id);
  return testConnection(config.connection, `${config.name} (${config.slug})`);
});
