import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createRequestExport } from "@/lib/privacy/access/create-request-export";
import { createExportSchema } from "@/lib/privacy/access/schemas";

// POST /api/v1/privacy/requests/[id]/exports – a new access export (json, csv zip or xml) of a completed access request
export const POST = withAuth(
  { capability: "privacy:execute", body: createExportSchema },
  async ({ params, body, principal, meta }) =>
    Response.json(
      { export: await createRequestExport(params.id, body.format, byPrincipal(principal, meta)) },
      { status: 201 },
    ),
);
