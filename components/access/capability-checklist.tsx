"use client";

import { CAPABILITY_AREAS } from "@/lib/rbac/capabilities";

export type CapabilityChecklistProps = {
  value: readonly string[];
  onChange: (capabilities: string[]) => void;
  /** Capabilities that come from the inherited role, by capability: the role that grants them. */
  inherited: ReadonlyMap<string, string>;
  /** Capabilities the editor holds; the server refuses to grant others. */
  grantable: ReadonlySet<string>;
  error?: string;
  disabled?: boolean;
};

/** One checkbox per capability, grouped by area; inherited ones are shown as held, with their source. */
export function CapabilityChecklist({
  value,
  onChange,
  inherited,
  grantable,
  error,
  disabled = false,
}: CapabilityChecklistProps) {
  const selected = new Set(value);

  function toggle(capability: string, isChecked: boolean) {
    const next = new Set(selected);
    if (isChecked) next.add(capability);
    else next.delete(capability);
    onChange([...next]);
  }

  return (
    <fieldset disabled={disabled} aria-describedby={error ? "capabilities-error" : undefined}>
      <legend className="sr-only">Capabilities</legend>
      <div className="grid gap-x-8 gap-y-5 md:grid-cols-2 xl:grid-cols-3">
        {Object.entries(CAPABILITY_AREAS).map(([area, capabilities]) => (
          <div key={area} role="group" aria-labelledby={`area-${area}`}>
            <p
              id={`area-${area}`}
              className="mb-1.5 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
            >
              {area}
            </p>
            <ul className="space-y-0.5">
              {capabilities.map((capability) => {
                const source = inherited.get(capability);
                const isGrantable = grantable.has(capability);
                return (
                  <li key={capability}>
                    <label className="flex cursor-pointer items-center gap-2.5 rounded px-1.5 py-1 hover:bg-zinc-50 has-[:disabled]:cursor-default has-[:disabled]:hover:bg-transparent dark:hover:bg-zinc-800/60">
                      <input
                        type="checkbox"
                        value={capability}
                        checked={selected.has(capability) || !!source}
                        // Inherited: held whatever this box says; not grantable: the server would refuse.
                        disabled={!!source || (!isGrantable && !selected.has(capability))}
                        onChange={(e) => toggle(capability, e.currentTarget.checked)}
                        className="size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                      />
                      <span className="font-mono text-sm text-zinc-900 dark:text-zinc-100">{capability}</span>
                      {source ? (
                        <span className="text-xs text-zinc-500 dark:text-zinc-400">from {source}</span>
                      ) : null}
                      {!source && !isGrantable ? (
                        <span className="text-xs text-zinc-500 dark:text-zinc-400">you do not hold it</span>
                      ) : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {error ? (
        <p id="capabilities-error" className="mt-2 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
