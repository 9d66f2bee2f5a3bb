import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteWebhook, updateWebhook } from "@/lib/alerts/manage-webhooks";
import { updateWebhookSchema } from "@/lib/alerts/schemas";

// PATCH /api/v1/alerts/webhooks/:id – name, URL, minimum severity, enabled
export const PATCH = withAuth(
  { capability: "settings:write", body: updateWebhookSchema },
  async ({ params, body, principal, meta }) => ({
    webhook: await updateWebhook(params.id, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/alerts/webhooks/:id – with its delivery records
export const DELETE = withAuth({ capability: "settings:write" }, async ({ params, principal, meta }) => {
  await deleteWebhook(params.id, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
