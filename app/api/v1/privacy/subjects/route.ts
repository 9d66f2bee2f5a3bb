import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { listSubjects } from "@/lib/privacy/subjects/list-subjects";
import { registerSubject } from "@/lib/privacy/subjects/register-subject";
import { registerSubjectSchema, searchSubjectsQuerySchema } from "@/lib/privacy/subjects/schemas";

// GET /api/v1/privacy/subjects – exact search by one identifier, or every subject newest first
export const GET = withAuth(
  { capability: "privacy:read", query: searchSubjectsQuerySchema },
  async ({ query }) => Response.json(await listSubjects(query), { headers: { "Cache-Control": "no-store" } }),
);

// POST /api/v1/privacy/subjects – register a person by their identifiers (201 new, 200 already known)
export const POST = withAuth(
  { capability: "consent:write", body: registerSubjectSchema },
  async ({ body, principal, meta }) => {
    const { subject, isNew } = await registerSubject(body, byPrincipal(principal, meta));
    return Response.json({ subject }, { status: isNew ? 201 : 200 });
  },
);
