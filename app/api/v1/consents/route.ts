import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { listConsents } from "@/lib/privacy/consent/list-consents";
import { recordConsent } from "@/lib/privacy/consent/record-consent";
import { listConsentsQuerySchema, recordConsentSchema } from "@/lib/privacy/consent/schemas";

// GET /api/v1/consents – consent records newest first (current=true: only those in force)
export const GET = withAuth(
  { capability: "privacy:read", query: listConsentsQuerySchema },
  async ({ query }) => Response.json(await listConsents(query), { headers: { "Cache-Control": "no-store" } }),
);

// POST /api/v1/consents – record a grant or a withdrawal (appended; the latest record wins)
export const POST = withAuth(
  { capability: "consent:write", body: recordConsentSchema },
  async ({ body, principal, meta }) => {
    const record = await recordConsent(body, byPrincipal(principal, meta));
    return Response.json({ record }, { status: 201 });
  },
);
