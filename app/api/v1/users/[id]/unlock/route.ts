import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { unlockSignIn } from "@/lib/auth/unlock-sign-in";

// POST /api/v1/users/:id/unlock – lift the account's sign-in lockouts and back-off, from every address
export const POST = withAuth({ capability: "users:write" }, async ({ params, principal, meta }) =>
  unlockSignIn(params.id, byPrincipal(principal, meta)),
);
