import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { revealAuditEvent } from "@/lib/privacy/policies/reveal-audit-event";
import { revealReasonSchema } from "@/lib/privacy/policies/schemas";

// POST /api/v1/audit/events/:id/reveal – one event with its personal values unmasked, given a
// reason; needs audit:read and privacy:reveal, and is audited
export const POST = withAuth(
  { capability: "audit:read", body: revealReasonSchema },
  async ({ req, params, body, principal, meta }) => {
    await authorize(principal, "privacy:reveal", req, meta);
    const event = await revealAuditEvent(params.id, body.reason, byPrincipal(principal, meta));
    return Response.json({ event }, { headers: { "Cache-Control": "no-store" } });
  },
);
