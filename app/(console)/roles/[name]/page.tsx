import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { RoleDetailView } from "@/components/roles/role-detail-view";

// Role names are lowercase letters, digits and _: nothing to decode.
type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: `Role ${name}` };
}

export default async function RolePage({ params }: Props) {
  const { name } = await params;
  return (
    <RequireCapability capability="roles:read" section="roles">
      {/* A new role: fresh tabs and editor state. */}
      <RoleDetailView key={name} name={name} />
    </RequireCapability>
  );
}
