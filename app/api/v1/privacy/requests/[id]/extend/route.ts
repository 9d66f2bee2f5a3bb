import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { extendRequest } from "@/lib/privacy/requests/request-actions";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { extendRequestSchema } from "@/lib/privacy/requests/schemas";

// POST /api/v1/privacy/requests/:id/extend – extend the deadline (at most 60 days in all), with a reason
export const POST = withAuth(
  { capability: "privacy:request", body: extendRequestSchema },
  async ({ params, body, principal, meta }) => {
    await extendRequest(params.id, body, byPrincipal(principal, meta));
    return { request: await getRequestDetail(params.id, principal) };
  },
);
