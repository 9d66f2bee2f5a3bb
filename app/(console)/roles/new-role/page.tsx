import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { NewRoleView } from "@/components/roles/new-role-view";

export const metadata: Metadata = { title: "New role" };

type Props = { searchParams: Promise<{ from?: string | string[] }> };

// "new-role" can never be a role's name (names have no "-"), so it cannot hide a role's page.
export default async function NewRolePage({ searchParams }: Props) {
  const { from } = await searchParams;
  return (
    <RequireCapability capability="roles:write" section="creating roles">
      <NewRoleView from={typeof from === "string" ? from : null} />
    </RequireCapability>
  );
}
