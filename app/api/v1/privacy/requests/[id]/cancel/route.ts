import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { cancelRequest } from "@/lib/privacy/requests/request-actions";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { reasonSchema } from "@/lib/privacy/requests/schemas";

// POST /api/v1/privacy/requests/:id/cancel – cancel, with a reason
export const POST = withAuth(
  { capability: "privacy:request", body: reasonSchema },
  async ({ params, body, principal, meta }) => {
    await cancelRequest(params.id, body.reason, byPrincipal(principal, meta));
    return { request: await getRequestDetail(params.id, principal) };
  },
);
