import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { getUserOrThrow } from "@/lib/users/get-user";
import { updateUser } from "@/lib/users/update-user";
import { updateUserSchema } from "@/lib/users/schemas";

// GET /api/v1/users/:id – one user
export const GET = withAuth({ capability: "users:read" }, async ({ params }) => ({
  user: await getUserOrThrow(params.id),
}));

// PATCH /api/v1/users/:id – change name, roles or disabled state (disabling ends sessions and keys)
export const PATCH = withAuth(
  { capability: "users:write", body: updateUserSchema },
  async ({ params, body, principal, meta }) => ({
    user: await updateUser(params.id, body, byPrincipal(principal, meta)),
  }),
);
