import { withAuth } from "@/lib/api/with-auth";
import { getOverview } from "@/lib/overview/get-overview";

// GET /api/v1/overview – landing-page figures; each section only with the capability behind it
export const GET = withAuth({ capability: "authenticated" }, async ({ principal }) => ({
  overview: await getOverview(principal),
}));
