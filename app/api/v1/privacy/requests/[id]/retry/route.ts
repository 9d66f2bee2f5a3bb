import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { retryRequest } from "@/lib/privacy/requests/request-actions";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { noBodySchema } from "@/lib/privacy/requests/schemas";

// POST /api/v1/privacy/requests/:id/retry – resume a failed job from where it stopped
export const POST = withAuth(
  { capability: "privacy:execute", body: noBodySchema },
  async ({ params, principal, meta }) => {
    await retryRequest(params.id, byPrincipal(principal, meta));
    return { request: await getRequestDetail(params.id, principal) };
  },
);
