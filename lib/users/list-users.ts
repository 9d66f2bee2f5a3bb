import "server-only";
import { db } from "@/lib/db";
import { toUserView, userViewSelect, type UserView } from "@/lib/users/user-view";

export type ListUsersOptions = { q?: string; role?: string; cursor?: string; limit: number };

/** Users by email, cursor-paginated; q matches email or name (substring); role filters by a direct role. */
export async function listUsers(options: ListUsersOptions): Promise<{ users: UserView[]; nextCursor: string | null }> {
  const q = options.q?.trim().toLowerCase();
  const rows = await db.user.findMany({
    where: {
      ...(q ? { OR: [{ email: { contains: q } }, { name: { contains: q } }] } : {}),
      ...(options.role ? { roles: { some: { role: { name: options.role } } } } : {}),
    },
    orderBy: { email: "asc" },
    take: options.limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: userViewSelect,
  });
  const page = rows.slice(0, options.limit);
  return { users: page.map(toUserView), nextCursor: rows.length > options.limit ? page[page.length - 1].id : null };
}
