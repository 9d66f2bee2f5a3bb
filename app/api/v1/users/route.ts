import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema, listUsersQuerySchema } from "@/lib/users/schemas";

// GET /api/v1/users – users by email, cursor-paginated, optional search q
export const GET = withAuth({ capability: "users:read", query: listUsersQuerySchema }, async ({ query }) =>
  listUsers(query),
);

// POST /api/v1/users – create a password user with roles
export const POST = withAuth(
  { capability: "users:write", body: createUserSchema },
  async ({ body, principal, meta }) => {
    const user = await createUser(body, byPrincipal(principal, meta));
    return Response.json({ user }, { status: 201 });
  },
);
