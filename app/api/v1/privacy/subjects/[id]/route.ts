import { withAuth } from "@/lib/api/with-auth";
import { getSubjectDetailOrThrow } from "@/lib/privacy/subjects/get-subject-detail";

// GET /api/v1/privacy/subjects/:id – one subject with the consents in force and its audit event count
export const GET = withAuth({ capability: "privacy:read" }, async ({ params }) =>
  Response.json(
    { subject: await getSubjectDetailOrThrow(params.id) },
    { headers: { "Cache-Control": "no-store" } },
  ),
);
