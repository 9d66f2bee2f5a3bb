import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { approveRequest } from "@/lib/privacy/requests/request-actions";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { noBodySchema } from "@/lib/privacy/requests/schemas";

// POST /api/v1/privacy/requests/:id/approve – approve (four eyes: not whoever received or verified it)
export const POST = withAuth(
  { capability: "privacy:approve", body: noBodySchema },
  async ({ params, principal, meta }) => {
    await approveRequest(params.id, byPrincipal(principal, meta));
    return { request: await getRequestDetail(params.id, principal) };
  },
);
