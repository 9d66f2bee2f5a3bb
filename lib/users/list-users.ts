import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { escapeLike } from "@/lib/db/escape-like";
import { toUserView, userViewSelect } from "@/lib/users/user-view";
import type { UserView } from "@/lib/users/user-view-type";
import { caseInsensitiveLike, sqlPlaceholder } from "@/lib/db/dialect";

export type ListUsersOptions = { q?: string; role?: string; cursor?: string; limit: number };

/** Users by email, cursor-paginated; q matches email or name (substring); role filters by a direct role. */
export async function listUsers(
  options: ListUsersOptions,
): Promise<{ users: UserView[]; nextCursor: string | null }> {
  const q = options.q?.trim().toLowerCase();
  const rows = await db.user.findMany({
    where: {
      ...(q ? { id: { in: await findUserIdsMatching(q) } } : {}),
      ...(options.role ? { roles: { some: { role: { name: options.role } } } } : {}),
    },
    orderBy: { email: "asc" },
    take: options.limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: userViewSelect,
  });
  const page = rows.slice(0, options.limit);
  return {
    users: page.map(toUserView),
    nextCursor: rows.length > options.limit ? page[page.length - 1].id : null,
  };
}

/**
 * Ids of users whose email or name holds q, case-insensitively. Raw SQL: Prisma's `contains`
 * passes % and _ through as wildcards on both providers (`q=%` listed everyone) and SQLite's
 * LIKE needs an explicit ESCAPE clause, which Prisma cannot add. The user table is small.
 */
async function findUserIdsMatching(q: string): Promise<string[]> {
  if (q.includes("\u0000"))
    throw new AppError("invalid_input", "The search text must not contain a NUL character.", {
      fields: { q: ["Must not contain a NUL character"] },
    });
  const pattern = `%${escapeLike(q)}%`;
  const like = caseInsensitiveLike();
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "User" WHERE "email" ${like} ${sqlPlaceholder(1)} ESCAPE '\\' OR "name" ${like} ${sqlPlaceholder(2)} ESCAPE '\\'`,
    pattern,
    pattern,
  );
  return rows.map((row) => row.id);
}
