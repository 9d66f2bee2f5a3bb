import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { resetPassword } from "@/lib/users/reset-password";
import { resetPasswordSchema } from "@/lib/users/schemas";

// POST /api/v1/users/:id/reset-password – set a password, or generate one returned once; ends sessions
export const POST = withAuth(
  { capability: "users:write", body: resetPasswordSchema.optional() },
  async ({ params, body, principal, meta }) =>
    resetPassword(params.id, body?.password, byPrincipal(principal, meta)),
);
