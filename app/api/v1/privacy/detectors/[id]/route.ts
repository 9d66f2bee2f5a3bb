import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteDetector } from "@/lib/privacy/policies/delete-detector";
import { updateDetector } from "@/lib/privacy/policies/update-detector";
import { updateDetectorSchema } from "@/lib/privacy/policies/schemas";

// PATCH /api/v1/privacy/detectors/:id – change a custom detector (built-ins cannot be changed: 404)
export const PATCH = withAuth(
  { capability: "privacy:write", body: updateDetectorSchema },
  async ({ params, body, principal, meta }) => ({
    detector: await updateDetector(params.id, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/privacy/detectors/:id – remove a custom detector no masking policy names (else 409)
export const DELETE = withAuth({ capability: "privacy:write" }, async ({ params, principal, meta }) => {
  await deleteDetector(params.id, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
