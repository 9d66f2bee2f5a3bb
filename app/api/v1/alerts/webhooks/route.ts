import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createWebhook, listWebhooks } from "@/lib/alerts/manage-webhooks";
import { createWebhookSchema } from "@/lib/alerts/schemas";

// GET /api/v1/alerts/webhooks – notification targets (never their secrets)
export const GET = withAuth({ capability: "metrics:read" }, async () => ({ webhooks: await listWebhooks() }));

// POST /api/v1/alerts/webhooks – the signing secret is in this answer only
export const POST = withAuth(
  { capability: "settings:write", body: createWebhookSchema },
  async ({ body, principal, meta }) =>
    Response.json(await createWebhook(body, byPrincipal(principal, meta)), { status: 201 }),
);
