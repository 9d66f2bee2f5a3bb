import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { RolesView } from "@/components/roles/roles-view";

export const metadata: Metadata = { title: "Roles" };

export default function RolesPage() {
  return (
    <RequireCapability capability="roles:read" section="roles">
      <RolesView />
    </RequireCapability>
  );
}
