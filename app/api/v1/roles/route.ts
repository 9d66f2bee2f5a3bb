import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createRole } from "@/lib/roles/create-role";
import { listRoles } from "@/lib/roles/list-roles";
import { createRoleSchema } from "@/lib/roles/schemas";

// GET /api/v1/roles – every role with capabilities, tool grants and member counts
export const GET = withAuth({ capability: "roles:read" }, async () => ({ roles: await listRoles() }));

// POST /api/v1/roles – create a custom role
export const POST = withAuth(
  { capability: "roles:write", body: createRoleSchema },
  async ({ body, principal, meta }) => {
    const role = await createRole(body, byPrincipal(principal, meta));
    return Response.json({ role }, { status: 201 });
  },
);
