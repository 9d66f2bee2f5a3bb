import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { revealToken } from "@/lib/privacy/policies/reveal-token";
import { revealTokenSchema } from "@/lib/privacy/policies/schemas";

// POST /api/v1/privacy/tokens/reveal – the value behind a token, given a reason (audited)
export const POST = withAuth(
  { capability: "privacy:reveal", body: revealTokenSchema },
  async ({ body, principal, meta }) =>
    Response.json(await revealToken(body.token, body.reason, byPrincipal(principal, meta)), {
      headers: { "Cache-Control": "no-store" },
    }),
);
