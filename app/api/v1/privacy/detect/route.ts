import { withAuth } from "@/lib/api/with-auth";
import { detectSample } from "@/lib/privacy/policies/detect-sample";
import { detectSampleSchema } from "@/lib/privacy/policies/schemas";

// POST /api/v1/privacy/detect – what the detectors find in a sample and how each policy would mask it
export const POST = withAuth({ capability: "privacy:read", body: detectSampleSchema }, async ({ body }) =>
  Response.json(await detectSample(body.text), { headers: { "Cache-Control": "no-store" } }),
);
