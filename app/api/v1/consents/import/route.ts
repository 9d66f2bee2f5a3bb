import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { readBodyText } from "@/lib/api/read-body-text";
import { env } from "@/lib/env";
import { importConsents } from "@/lib/privacy/consent/import-consents";
import { importConsentsQuerySchema } from "@/lib/privacy/consent/schemas";

// POST /api/v1/consents/import?dryRun=true|false – consent records from a CSV body; all rows or none
export const POST = withAuth(
  { capability: "consent:write", query: importConsentsQuerySchema },
  async ({ req, query, principal, meta }) =>
    importConsents(
      await readBodyText(req, env.MAX_BODY_BYTES),
      { isDryRun: query.dryRun === "true" },
      byPrincipal(principal, meta),
    ),
);
