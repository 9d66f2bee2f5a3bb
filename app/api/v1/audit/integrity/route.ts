import { withAuth } from "@/lib/api/with-auth";
import { getIntegrityOverview } from "@/lib/audit/seal/get-integrity-overview";

// GET /api/v1/audit/integrity – how far events are sealed, and the last chain verification
export const GET = withAuth({ capability: "audit:verify" }, async () => getIntegrityOverview());
