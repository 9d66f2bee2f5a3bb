"use client";

import { Copy } from "lucide-react";
import { Link } from "@/components/ui/link";
import { DeleteRoleButton } from "@/components/roles/delete-role-button";
import { RoleKindBadge } from "@/components/roles/role-header";
import { Button, focusRing } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import type { RoleView } from "@/lib/roles/role-view-type";
import { cn } from "@/lib/client/cn";

const muted = "text-zinc-400 dark:text-zinc-500";

function grantSummary(role: RoleView): string {
  const caps = role.effectiveCapabilities.length;
  const allows = role.toolGrants.filter((g) => g.effect === "allow").length;
  const denies = role.toolGrants.length - allows;
  const parts = [`${caps} ${caps === 1 ? "capability" : "capabilities"}`];
  if (allows) parts.push(`${allows} tool allow${allows === 1 ? "" : "s"}`);
  if (denies) parts.push(`${denies} deny${denies === 1 ? "" : "s"}`);
  return parts.join(" · ");
}

export function RoleRow({ role, canWrite }: { role: RoleView; canWrite: boolean }) {
  return (
    <tr className="hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30">
      <Td className="max-w-96 min-w-64">
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            href={`/roles/${encodeURIComponent(role.name)}`}
            className={cn(
              "rounded font-mono font-semibold text-indigo-700 hover:underline dark:text-indigo-300",
              focusRing,
            )}
          >
            {role.name}
          </Link>
          <RoleKindBadge isBuiltIn={role.isBuiltIn} />
        </span>
        {role.description ? (
          <span className="mt-0.5 block text-xs text-zinc-500 dark:text-zinc-400">{role.description}</span>
        ) : null}
      </Td>
      <Td className="font-mono text-xs">{role.inherits ?? <span className={muted}>—</span>}</Td>
      <Td className="text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400">{grantSummary(role)}</Td>
      <Td className="text-right tabular-nums">{role.userCount}</Td>
      <Td className="text-right tabular-nums">{role.keyCount}</Td>
      {canWrite ? (
        <Td>
          <span className="flex justify-end gap-1.5">
            <Button variant="ghost" size="sm" asChild>
              <Link
                href={`/roles/new-role?from=${encodeURIComponent(role.name)}`}
                aria-label={`Clone ${role.name}`}
                title="Clone"
              >
                <Copy aria-hidden="true" />
              </Link>
            </Button>
            {role.isBuiltIn ? null : <DeleteRoleButton role={role} isCompact />}
          </span>
        </Td>
      ) : null}
    </tr>
  );
}
