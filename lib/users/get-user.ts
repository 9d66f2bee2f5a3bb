import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toUserView, userViewSelect } from "@/lib/users/user-view";
import type { UserView } from "@/lib/users/user-view-type";

export async function getUserOrThrow(id: string): Promise<UserView> {
  const user = await db.user.findUnique({ where: { id }, select: userViewSelect });
  if (!user) throw new AppError("not_found", "No user with this id.");
  return toUserView(user);
}
