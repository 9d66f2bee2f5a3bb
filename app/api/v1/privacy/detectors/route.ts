import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createDetector } from "@/lib/privacy/policies/create-detector";
import { listDetectors } from "@/lib/privacy/policies/list-detectors";
import { createDetectorSchema } from "@/lib/privacy/policies/schemas";

// GET /api/v1/privacy/detectors – the built-in detectors, then the custom ones
export const GET = withAuth({ capability: "privacy:read" }, async () => ({
  detectors: await listDetectors(),
}));

// POST /api/v1/privacy/detectors – add a custom detector (its pattern must compile and match its sample)
export const POST = withAuth(
  { capability: "privacy:write", body: createDetectorSchema },
  async ({ body, principal, meta }) => {
    const detector = await createDetector(body, byPrincipal(principal, meta));
    return Response.json({ detector }, { status: 201 });
  },
);
