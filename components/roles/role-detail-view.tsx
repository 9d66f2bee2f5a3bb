"use client";

import { Copy, ShieldQuestion } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { draftFromRole } from "@/lib/client/roles/role-draft";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { DeleteRoleButton } from "@/components/roles/delete-role-button";
import { RoleEditor } from "@/components/roles/role-editor";
import { RoleHeader, RoleKindBadge } from "@/components/roles/role-header";
import { RoleMembers } from "@/components/roles/role-members";
import { RoleReadOnly } from "@/components/roles/role-read-only";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { Tabs } from "@/components/ui/tabs";
import type { RoleView } from "@/lib/roles/role-view-type";
import { useCan } from "@/lib/client/me/use-can";
import { useRoles } from "@/lib/client/roles/use-roles";

/** Changes whenever the saved role does, so the editor restarts from what the server holds. */
function versionOf(role: RoleView): string {
  return JSON.stringify([
    role.description,
    role.inherits,
    role.capabilities,
    role.toolGrants,
    role.rateLimitPerMinute,
  ]);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One role: its access (editable with roles:write) and the users and keys that hold it. */
export function RoleDetailView({ name }: { name: string }) {
  const roles = useRoles();
  const canWrite = useCan("roles:write");
  const router = useRouter();
  const [tab, setTab] = useState("access");

  if (roles.isPending) return <PageSkeleton rows={8} />;
  if (roles.isError) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;
  const role = roles.data.find((r) => r.name === name);
  if (!role) {
    return (
      <Panel>
        <EmptyState
          icon={ShieldQuestion}
          title={`No role named ${name}`}
          action={
            <Button variant="secondary" asChild>
              <Link href="/roles">All roles</Link>
            </Button>
          }
        >
          It may have been deleted or renamed.
        </EmptyState>
      </Panel>
    );
  }

  return (
    <>
      <RoleHeader
        title={<span className="font-mono">{role.name}</span>}
        badges={
          <>
            <RoleKindBadge isBuiltIn={role.isBuiltIn} />
            {role.inherits ? (
              <span className="text-sm text-zinc-500 dark:text-zinc-400">
                inherits{" "}
                <Link
                  href={`/roles/${encodeURIComponent(role.inherits)}`}
                  className="font-mono text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {role.inherits}
                </Link>
              </span>
            ) : null}
          </>
        }
        description={
          <>
            {role.description ? <p>{role.description}</p> : null}
            <p className="mt-0.5 text-zinc-500 dark:text-zinc-400">
              Held by {plural(role.userCount, "user", "users")} and{" "}
              {plural(role.keyCount, "API key", "API keys")}.
            </p>
          </>
        }
        actions={
          canWrite ? (
            <>
              <Button variant="secondary" asChild>
                <Link href={`/roles/new-role?from=${encodeURIComponent(role.name)}`}>
                  <Copy aria-hidden="true" />
                  Clone
                </Link>
              </Button>
              {role.isBuiltIn ? null : (
                <DeleteRoleButton role={role} onDeleted={() => router.push("/roles")} />
              )}
            </>
          ) : null
        }
      />
      <Tabs
        label={`${role.name} sections`}
        value={tab}
        onValueChange={setTab}
        tabs={[
          {
            id: "access",
            label: "Access",
            content: canWrite ? (
              <RoleEditor
                key={versionOf(role)}
                roles={roles.data}
                role={role}
                initialDraft={draftFromRole(role)}
              />
            ) : (
              <RoleReadOnly role={role} />
            ),
          },
          {
            id: "members",
            label: `Members (${role.userCount + role.keyCount})`,
            content: <RoleMembers role={role} />,
          },
        ]}
      />
    </>
  );
}
