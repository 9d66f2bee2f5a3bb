"use client";

import { ShieldCheck } from "lucide-react";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { RoleCard } from "@/components/roles/role-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { useRoles } from "@/lib/ui/use-roles";

/** Read-only list of roles: what each grants, to whom, and which tools. */
export function RolesView() {
  const roles = useRoles();
  if (roles.isPending) return <PageSkeleton />;
  if (roles.isError) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;

  return (
    <>
      <PageHeader title="Roles" description="What each role may do in the console and the gateway, and who holds it." />
      {roles.data.length === 0 ? (
        <Panel>
          <EmptyState icon={ShieldCheck} title="No roles yet" />
        </Panel>
      ) : (
        <div className="space-y-4">
          {roles.data.map((role) => (
            <RoleCard key={role.id} role={role} />
          ))}
        </div>
      )}
    </>
  );
}
