"use client";

import { Plus, ShieldCheck } from "lucide-react";
import { Link } from "@/components/ui/link";
import { RoleRow } from "@/components/roles/role-row";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { useCan } from "@/lib/client/me/use-can";
import { useRoles } from "@/lib/client/roles/use-roles";
import { ListPanel } from "@/components/ui/list-panel";

/** Every role with who holds it; the way into the access editor. */
export function RolesView() {
  const roles = useRoles();
  const canWrite = useCan("roles:write");

  return (
    <>
      <PageHeader
        title="Roles"
        description="What each role may do in the console and which gateway tools it may call, and who holds it."
        actions={
          canWrite ? (
            <Button asChild>
              <Link href="/roles/new-role">
                <Plus aria-hidden="true" />
                New role
              </Link>
            </Button>
          ) : null
        }
      />
      <ListPanel
        query={roles}
        skeletonRows={6}
        empty={
          <EmptyState icon={ShieldCheck} title="No roles yet">
            Built-in roles are created when Gatehouse starts; restart it if they are missing.
          </EmptyState>
        }
      >
        {(data) => (
          <Table label="Roles">
            <TableHead>
              <tr>
                <Th>Role</Th>
                <Th>Inherits</Th>
                <Th>Grants</Th>
                <Th className="text-right">Users</Th>
                <Th className="text-right">API keys</Th>
                {canWrite ? (
                  <Th className="w-24">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {data.map((role) => (
                <RoleRow key={role.id} role={role} canWrite={canWrite} />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
    </>
  );
}
