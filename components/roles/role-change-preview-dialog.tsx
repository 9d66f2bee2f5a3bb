"use client";

import { KeyRound, UserRound } from "lucide-react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import type { AccessChange, RolePreview } from "@/lib/client/roles/use-role-preview";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

export type RoleChangePreviewDialogProps = {
  roleName: string;
  preview: RolePreview;
  isSaving: boolean;
  onConfirm: () => void;
  onOpenChange: (open: boolean) => void;
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 users and 1 API key": how many holders would see their access change. */
export function summarizeChanges(changes: readonly AccessChange[]): string {
  const users = changes.filter((c) => c.principal.type === "user").length;
  const keys = changes.length - users;
  const parts = [
    users ? count(users, "user", "users") : "",
    keys ? count(keys, "API key", "API keys") : "",
  ].filter(Boolean);
  return parts.join(" and ");
}

function ChangeList({
  label,
  items,
  tone,
}: {
  label: string;
  items: readonly string[];
  tone: "gain" | "loss";
}) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-1.5">
      <span
        className={
          tone === "gain"
            ? "text-xs font-medium text-emerald-700 dark:text-emerald-400"
            : "text-xs font-medium text-red-700 dark:text-red-400"
        }
      >
        {label}
      </span>
      {items.map((item) => (
        <code
          key={item}
          className={
            tone === "gain"
              ? "rounded bg-emerald-50 px-1.5 py-0.5 font-mono text-xs text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300"
              : "rounded bg-red-50 px-1.5 py-0.5 font-mono text-xs text-red-800 line-through decoration-red-400/60 dark:bg-red-500/10 dark:text-red-300"
          }
        >
          {item}
        </code>
      ))}
    </div>
  );
}

function PrincipalChange({ change }: { change: AccessChange }) {
  const Icon = change.principal.type === "user" ? UserRound : KeyRound;
  return (
    <li className="space-y-1.5 py-3 first:pt-0 last:pb-0">
      <p className="flex items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
        <Icon className="size-4 shrink-0 text-zinc-500" aria-hidden="true" />
        <span className="sr-only">{change.principal.type === "user" ? "User" : "API key"}</span>
        <span className="[overflow-wrap:anywhere]">{change.principal.label}</span>
      </p>
      <div className="space-y-1 pl-6">
        <ChangeList label="gains" items={[...change.gainedCapabilities, ...change.gainedTools]} tone="gain" />
        <ChangeList label="loses" items={[...change.lostCapabilities, ...change.lostTools]} tone="loss" />
      </div>
    </li>
  );
}

/** The effect of a role change on its holders, shown before the change is saved. */
export function RoleChangePreviewDialog({
  roleName,
  preview,
  isSaving,
  onConfirm,
  onOpenChange,
}: RoleChangePreviewDialogProps) {
  const { changes, affected } = preview;
  const summary =
    affected === 0
      ? `No user or API key holds ${roleName}, so nobody's access changes now.`
      : changes.length === 0
        ? `${count(affected, "holder", "holders")} of ${roleName}; none of them gains or loses a capability or tool (they may get the same through another role).`
        : `${summarizeChanges(changes)} affected, of ${count(affected, "holder", "holders")}:`;

  return (
    <Dialog open onOpenChange={(open) => !isSaving && onOpenChange(open)}>
      <DialogContent title={`Save changes to ${roleName}?`} description={summary} className="max-w-2xl">
        {changes.length > 0 ? (
          <ul
            aria-label="Access changes"
            className="max-h-[50vh] divide-y divide-zinc-100 overflow-y-auto rounded-md border border-zinc-200 p-3 dark:divide-zinc-800 dark:border-zinc-800"
          >
            {changes.map((change) => (
              <PrincipalChange key={`${change.principal.type}:${change.principal.id}`} change={change} />
            ))}
          </ul>
        ) : null}
        <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
          Saving is one change in the audit trail, with the role before and after.
        </p>
        <DialogFormFooter
          submitLabel="Save changes"
          pendingLabel="Saving…"
          isPending={isSaving}
          cancelLabel="Keep editing"
          onConfirm={onConfirm}
        />
      </DialogContent>
    </Dialog>
  );
}
