import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { verifyRequestIdentity } from "@/lib/privacy/requests/request-actions";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { verifyRequestSchema } from "@/lib/privacy/requests/schemas";

// POST /api/v1/privacy/requests/:id/verify – record how the person's identity was verified
export const POST = withAuth(
  { capability: "privacy:request", body: verifyRequestSchema },
  async ({ params, body, principal, meta }) => {
    await verifyRequestIdentity(params.id, body, byPrincipal(principal, meta));
    return { request: await getRequestDetail(params.id, principal) };
  },
);
