import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createLegalHold } from "@/lib/audit/retention/create-legal-hold";
import { listLegalHolds } from "@/lib/audit/retention/list-legal-holds";
import { createLegalHoldSchema } from "@/lib/audit/retention/schemas";

// GET /api/v1/audit/holds – every legal hold, active ones first
export const GET = withAuth({ capability: "audit:read" }, async () => ({ holds: await listLegalHolds() }));

// POST /api/v1/audit/holds – place a legal hold; retention keeps what it covers until it is released
export const POST = withAuth(
  { capability: "retention:write", body: createLegalHoldSchema },
  async ({ body, principal, meta }) =>
    Response.json({ hold: await createLegalHold(body, byPrincipal(principal, meta)) }, { status: 201 }),
);
