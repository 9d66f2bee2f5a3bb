import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ADMIN_ROLE } from "@/lib/rbac/built-in-roles";
import type { Principal } from "@/lib/auth/principal";

/**
 * The user a new key belongs to: the signed-in user; for a key minted by a key, that key's
 * owner, so a chain of keys always leads back to one person. From the CLI (no principal): the
 * named user, or else the earliest-created enabled admin.
 */
export async function resolveKeyOwner(principal: Principal | null, ownerEmail?: string): Promise<string> {
  if (principal) return principal.type === "user" ? principal.id : principal.ownerId;
  if (ownerEmail !== undefined) {
    const owner = await db.user.findUnique({
      where: { email: ownerEmail.trim().toLowerCase() },
      select: { id: true, isDisabled: true },
    });
    if (!owner)
      throw new AppError("invalid_input", "No user with this email to own the key.", {
        fields: { owner: ["No user with this email"] },
      });
    if (owner.isDisabled)
      throw new AppError("invalid_input", "This user is disabled and cannot own a key.", {
        fields: { owner: ["The user is disabled"] },
      });
    return owner.id;
  }
  const admin = await db.user.findFirst({
    where: { isDisabled: false, roles: { some: { role: { name: ADMIN_ROLE } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!admin)
    throw new AppError(
      "conflict",
      "There is no enabled admin to own the key: name its owner (--owner <email>).",
    );
  return admin.id;
}
