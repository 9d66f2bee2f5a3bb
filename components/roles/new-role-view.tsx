"use client";

import { draftFromRole, emptyDraft } from "@/lib/client/roles/role-draft";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RoleEditor } from "@/components/roles/role-editor";
import { RoleHeader } from "@/components/roles/role-header";
import { useRoles } from "@/lib/client/roles/use-roles";

/** Create a custom role, empty or (with `from`) as a copy of another role. */
export function NewRoleView({ from }: { from: string | null }) {
  const roles = useRoles();
  if (roles.isPending) return <PageSkeleton rows={8} />;
  if (roles.isError) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;
  const source = from ? roles.data.find((r) => r.name === from) : undefined;

  return (
    <>
      <RoleHeader
        title={source ? `Clone ${source.name}` : "New role"}
        description={
          source
            ? `A new custom role starting with the capabilities, tool grants and limit of ${source.name}. Change what you need, then create it.`
            : "A custom role: choose its capabilities and the tools its holders may call, then give it to users or API keys."
        }
      />
      <RoleEditor
        key={source?.name ?? "new"}
        roles={roles.data}
        initialDraft={source ? draftFromRole(source, { asCopy: true }) : emptyDraft()}
      />
    </>
  );
}
