import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { UsersView } from "@/components/users/users-view";

export const metadata: Metadata = { title: "Users" };

export default function UsersPage() {
  return (
    <RequireCapability capability="users:read" section="users">
      <UsersView />
    </RequireCapability>
  );
}
