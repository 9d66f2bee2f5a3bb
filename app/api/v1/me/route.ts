import { withAuth } from "@/lib/api/with-auth";
import { describePrincipal } from "@/lib/auth/describe-principal";

// GET /api/v1/me – who the caller is, with roles and capabilities (drives what the console shows)
export const GET = withAuth({ capability: "authenticated" }, async ({ principal }) =>
  describePrincipal(principal),
);
