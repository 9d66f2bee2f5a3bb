"use client";

import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/client/cn";
import { useRoles } from "@/lib/client/roles/use-roles";

export type RolePickerProps = {
  id: string;
  value: readonly string[];
  onChange: (roles: string[]) => void;
  error?: string;
  disabled?: boolean;
};

/** Checkboxes for each role (from GET /api/v1/roles), with its description. */
export function RolePicker({ id, value, onChange, error, disabled = false }: RolePickerProps) {
  const roles = useRoles();
  const selected = new Set(value);

  function toggle(name: string, isChecked: boolean) {
    const next = new Set(selected);
    if (isChecked) next.add(name);
    else next.delete(name);
    onChange([...next]);
  }

  return (
    <fieldset
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Roles</legend>
      {roles.isPending ? (
        <div className="space-y-2">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : roles.isError ? (
        <p className="text-sm text-red-600 dark:text-red-400">Could not load roles: {roles.error.message}</p>
      ) : (
        <div
          className={cn(
            "grid max-h-64 gap-x-2 gap-y-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2",
            error ? "border-red-500" : "border-zinc-200 dark:border-zinc-700",
          )}
        >
          {roles.data.map((role) => (
            <label
              key={role.id}
              className="flex cursor-pointer items-start gap-2.5 rounded px-1.5 py-1 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
            >
              <input
                type="checkbox"
                name={`${id}-role`}
                value={role.name}
                checked={selected.has(role.name)}
                onChange={(e) => toggle(role.name, e.currentTarget.checked)}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              />
              <span className="min-w-0 text-sm">
                <span className="font-mono font-medium text-zinc-900 dark:text-zinc-100">{role.name}</span>
                {role.description ? (
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">{role.description}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
