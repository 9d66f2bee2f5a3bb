import "server-only";
import type { UserView } from "@/lib/users/user-view-type";

/** The fields of a user that the API returns; never the password hash. */
export const userViewSelect = {
  id: true,
  email: true,
  name: true,
  isDisabled: true,
  lastSignInAt: true,
  createdAt: true,
  oidcSubject: true,
  passwordHash: true,
  roles: { select: { role: { select: { name: true } } } },
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string | null;
  isDisabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  oidcSubject: string | null;
  passwordHash: string | null;
  roles: { role: { name: string } }[];
};

export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles.map((r) => r.role.name).sort(),
    isDisabled: user.isDisabled,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    signInMethods: [
      ...(user.passwordHash ? ["password" as const] : []),
      ...(user.oidcSubject ? ["oidc" as const] : []),
    ],
  };
}
