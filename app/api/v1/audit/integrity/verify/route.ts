import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { runVerification } from "@/lib/audit/seal/run-verification";

// POST /api/v1/audit/integrity/verify – recompute the seal chain now; the result is kept and audited (409 while one runs)
export const POST = withAuth({ capability: "audit:verify" }, async ({ principal, meta }) => ({
  verification: await runVerification(byPrincipal(principal, meta)),
}));
