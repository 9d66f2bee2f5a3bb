"use client";

import { KeyRound, Users } from "lucide-react";
import { Link } from "@/components/ui/link";
import { KeyStatusBadge } from "@/components/keys/key-status-badge";
import { EditorSection } from "@/components/roles/editor-section";
import { Badge } from "@/components/ui/badge";
import { focusRing } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { RoleView } from "@/lib/roles/role-view-type";
import { cn } from "@/lib/client/cn";
import { useKeys } from "@/lib/client/keys/use-keys";
import { useCan } from "@/lib/client/me/use-can";
import { useRoleMemberUsers } from "@/lib/client/roles/use-role-members";
import { ListPanel } from "@/components/ui/list-panel";

function OtherRoles({ roles, role }: { roles: readonly string[]; role: string }) {
  const others = roles.filter((r) => r !== role);
  if (others.length === 0) return <span className="text-zinc-400 dark:text-zinc-500">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {others.map((r) => (
        <Badge key={r} tone="info">
          {r}
        </Badge>
      ))}
    </span>
  );
}

/** A link to /explain with this user or key already chosen. */
function ExplainLink({ query, name }: { query: string; name: string }) {
  return (
    <Link
      href={`/explain?${query}`}
      aria-label={`Explain the access of ${name}`}
      className={cn(
        "rounded text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300",
        focusRing,
      )}
    >
      Explain
    </Link>
  );
}

function MemberUsers({ role }: { role: RoleView }) {
  const users = useRoleMemberUsers(role.name, { enabled: true });
  return (
    <ListPanel
      query={users}
      isFramed={false}
      skeletonRows={3}
      empty={
        <EmptyState icon={Users} title="No user holds this role">
          Give it to someone from the{" "}
          <Link href="/users" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            Users
          </Link>{" "}
          page (Edit roles).
        </EmptyState>
      }
    >
      {(data) => (
        <Table label={`Users holding ${role.name}`}>
          <TableHead>
            <tr>
              <Th>Email</Th>
              <Th>Status</Th>
              <Th>Also holds</Th>
              <Th>Last sign-in</Th>
              <Th>
                <span className="sr-only">Explain</span>
              </Th>
            </tr>
          </TableHead>
          <TableBody>
            {data.map((user) => (
              <tr key={user.id}>
                <Td className="font-medium [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">
                  {user.email}
                </Td>
                <Td>
                  {user.isDisabled ? (
                    <Badge tone="danger">Disabled</Badge>
                  ) : (
                    <Badge tone="success">Active</Badge>
                  )}
                </Td>
                <Td>
                  <OtherRoles roles={user.roles} role={role.name} />
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={user.lastSignInAt} />
                </Td>
                <Td className="text-right">
                  <ExplainLink query={`user=${encodeURIComponent(user.id)}`} name={user.email} />
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}

function MemberKeys({ role }: { role: RoleView }) {
  const keys = useKeys();
  const held = keys.data?.filter((k) => k.roles.includes(role.name));
  return (
    <ListPanel
      query={{ data: held, error: keys.error, refetch: () => keys.refetch() }}
      isFramed={false}
      skeletonRows={3}
      empty={
        <EmptyState icon={KeyRound} title="No API key holds this role">
          Keys get their roles when they are created on the{" "}
          <Link href="/keys" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            API keys
          </Link>{" "}
          page.
        </EmptyState>
      }
    >
      {(holders) => (
        <Table label={`API keys holding ${role.name}`}>
          <TableHead>
            <tr>
              <Th>Name</Th>
              <Th>Status</Th>
              <Th>Also holds</Th>
              <Th>Last used</Th>
              <Th>
                <span className="sr-only">Explain</span>
              </Th>
            </tr>
          </TableHead>
          <TableBody>
            {holders.map((key) => (
              <tr key={key.id}>
                <Td className="font-medium [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">
                  {key.name}{" "}
                  <code className="ml-1 font-mono text-xs font-normal text-zinc-500 dark:text-zinc-400">
                    {key.prefix}…
                  </code>
                </Td>
                <Td>
                  <KeyStatusBadge status={key.status} />
                </Td>
                <Td>
                  <OtherRoles roles={key.roles} role={role.name} />
                </Td>
                <Td className="whitespace-nowrap">
                  <Timestamp iso={key.lastUsedAt} />
                </Td>
                <Td className="text-right">
                  {key.status === "revoked" ? null : (
                    <ExplainLink query={`key=${encodeURIComponent(key.id)}`} name={key.name} />
                  )}
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}

/** Users and API keys that hold the role directly; each list only for those allowed to read it. */
export function RoleMembers({ role }: { role: RoleView }) {
  const canReadUsers = useCan("users:read");
  const canReadKeys = useCan("keys:read");
  const hidden = [
    !canReadUsers && `${role.userCount} user(s)`,
    !canReadKeys && `${role.keyCount} API key(s)`,
  ].filter(Boolean);

  return (
    <div className="space-y-5">
      {canReadUsers ? (
        <EditorSection id="members-users" title={`Users (${role.userCount})`}>
          <div className="-mx-5 -my-4">
            <MemberUsers role={role} />
          </div>
        </EditorSection>
      ) : null}
      {canReadKeys ? (
        <EditorSection id="members-keys" title={`API keys (${role.keyCount})`}>
          <div className="-mx-5 -my-4">
            <MemberKeys role={role} />
          </div>
        </EditorSection>
      ) : null}
      {hidden.length > 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {hidden.join(" and ")} hold this role; your roles do not include listing them.
        </p>
      ) : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Only direct holders are listed; holders of roles that inherit from {role.name} also get its access.
      </p>
    </div>
  );
}
