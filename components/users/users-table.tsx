"use client";

import { Users } from "lucide-react";
import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { UserRow } from "@/components/users/user-row";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { useMe } from "@/lib/client/me/use-me";
import { useUsers } from "@/lib/client/users/use-users";

export function UsersTable({ q, canWrite }: { q: string; canWrite: boolean }) {
  const users = useUsers(q);
  const { data: me } = useMe();

  if (users.isError) return <LoadError error={users.error} onRetry={() => void users.refetch()} />;
  const rows = users.data?.pages.flatMap((p) => p.users) ?? [];

  return (
    <>
      <Panel
        className={
          users.isPlaceholderData ? "overflow-hidden opacity-60 transition-opacity" : "overflow-hidden"
        }
      >
        {users.isPending ? (
          <TableSkeleton />
        ) : rows.length === 0 ? (
          <EmptyState icon={Users} title={q ? "No users match your search" : "No users yet"}>
            {q ? `Nothing matches “${q}”. Try part of an email address or a name.` : null}
          </EmptyState>
        ) : (
          <Table label="Users">
            <TableHead>
              <tr>
                <Th>Email</Th>
                <Th>Name</Th>
                <Th>Roles</Th>
                <Th>Status</Th>
                <Th>Last sign-in</Th>
                {canWrite ? (
                  <Th className="w-12">
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === me?.id} canWrite={canWrite} />
              ))}
            </TableBody>
          </Table>
        )}
      </Panel>
      {users.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void users.fetchNextPage()}
            disabled={users.isFetchingNextPage}
          >
            {users.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </>
  );
}
