import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createPrivacyRequest } from "@/lib/privacy/requests/create-request";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";
import { listRequests } from "@/lib/privacy/requests/list-requests";
import { createRequestSchema, listRequestsQuerySchema } from "@/lib/privacy/requests/schemas";

// GET /api/v1/privacy/requests – data-subject requests, newest first, by state, type and deadline
export const GET = withAuth(
  { capability: "privacy:read", query: listRequestsQuerySchema },
  async ({ query }) => Response.json(await listRequests(query), { headers: { "Cache-Control": "no-store" } }),
);

// POST /api/v1/privacy/requests – record a request received from a person (201)
export const POST = withAuth(
  { capability: "privacy:request", body: createRequestSchema },
  async ({ body, principal, meta }) => {
    const request = await createPrivacyRequest(body, byPrincipal(principal, meta));
    return Response.json({ request: await getRequestDetail(request.id, principal) }, { status: 201 });
  },
);
