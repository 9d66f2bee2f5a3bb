"use client";

import { Users } from "lucide-react";
import { UserRow } from "@/components/users/user-row";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { useMe } from "@/lib/client/me/use-me";
import { useUsers } from "@/lib/client/users/use-users";
import { ListPanel } from "@/components/ui/list-panel";
import { cn } from "@/lib/client/cn";

export function UsersTable({ q, canWrite }: { q: string; canWrite: boolean }) {
  const users = useUsers(q);
  const { data: me } = useMe();

  return (
    <>
      <ListPanel
        query={users}
        className={cn(users.isPlaceholderData && "opacity-60 transition-opacity")}
        isEmpty={(data) => data.pages.every((p) => p.users.length === 0)}
        empty={
          <EmptyState icon={Users} title={q ? "No users match your search" : "No users yet"}>
            {q ? `Nothing matches “${q}”. Try part of an email address or a name.` : null}
          </EmptyState>
        }
      >
        {(data) => (
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
              {data.pages
                .flatMap((p) => p.users)
                .map((user) => (
                  <UserRow key={user.id} user={user} isSelf={user.id === me?.id} canWrite={canWrite} />
                ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {!users.isError && users.hasNextPage ? (
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
