import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { getToolOrThrow } from "@/lib/tools/get-tool";
import { updateTool } from "@/lib/tools/update-tool";
import { updateToolSchema } from "@/lib/tools/schemas";

// GET /api/v1/tools/:id – one tool with its version history and, when held, the pending diff
export const GET = withAuth({ capability: "tools:read" }, async ({ params }) => ({
  tool: await getToolOrThrow(params.id),
}));

// PATCH /api/v1/tools/:id – enable/disable a tool or set its timeout
export const PATCH = withAuth(
  { capability: "tools:write", body: updateToolSchema },
  async ({ params, body, principal, meta }) => ({
    tool: await updateTool(params.id, body, byPrincipal(principal, meta)),
  }),
);
