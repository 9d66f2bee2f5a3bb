import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteRole } from "@/lib/roles/delete-role";
import { getRoleOrThrow } from "@/lib/roles/list-roles";
import { updateRole } from "@/lib/roles/update-role";
import { updateRoleSchema } from "@/lib/roles/schemas";

// GET /api/v1/roles/:name – one role
export const GET = withAuth({ capability: "roles:read" }, async ({ params }) => ({
  role: await getRoleOrThrow(params.name),
}));

// PATCH /api/v1/roles/:name – change a role (built-ins: tool grants, description and limit only)
export const PATCH = withAuth(
  { capability: "roles:write", body: updateRoleSchema },
  async ({ params, body, principal, meta }) => ({
    role: await updateRole(params.name, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/roles/:name – delete a custom role (built-ins: 409)
export const DELETE = withAuth({ capability: "roles:write" }, async ({ params, principal, meta }) => {
  await deleteRole(params.name, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
