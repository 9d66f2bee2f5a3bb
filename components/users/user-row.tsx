import { UserActions } from "@/components/users/user-actions";
import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import type { UserView } from "@/lib/users/user-view-type";
import { Timestamp } from "@/components/ui/timestamp";

export type UserRowProps = { user: UserView; isSelf: boolean; canWrite: boolean };

export function UserRow({ user, isSelf, canWrite }: UserRowProps) {
  return (
    <tr className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
      <Td className="max-w-72 min-w-48 font-medium text-zinc-900 dark:text-zinc-100">
        <span className="[overflow-wrap:anywhere]">{user.email}</span>
        {isSelf ? (
          <span className="ml-1.5 text-xs font-normal text-zinc-500 dark:text-zinc-400">(you)</span>
        ) : null}
      </Td>
      <Td className="max-w-48 truncate">
        {user.name || <span className="text-zinc-400 dark:text-zinc-500">—</span>}
      </Td>
      <Td>
        <span className="flex flex-wrap gap-1">
          {user.roles.map((r) => (
            <Badge key={r} tone="info">
              {r}
            </Badge>
          ))}
        </span>
      </Td>
      <Td>
        {user.isDisabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
      </Td>
      <Td className="whitespace-nowrap">
        <Timestamp iso={user.lastSignInAt} />
      </Td>
      {canWrite ? (
        <Td className="text-right">
          <UserActions user={user} />
        </Td>
      ) : null}
    </tr>
  );
}
