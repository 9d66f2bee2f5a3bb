import { withAuth } from "@/lib/api/with-auth";
import { getRequestDetail } from "@/lib/privacy/requests/get-request-detail";

// GET /api/v1/privacy/requests/:id – one request with its timeline, exports and what the caller may do
export const GET = withAuth({ capability: "privacy:read" }, async ({ params, principal }) =>
  Response.json(
    { request: await getRequestDetail(params.id, principal) },
    { headers: { "Cache-Control": "no-store" } },
  ),
);
