import { Badge } from "@/components/ui/badge";
import { groupCapabilities } from "@/lib/client/roles/group-capabilities";

export type CapabilityGroupsProps = {
  capabilities: readonly string[];
  emptyText?: string;
  /** Capabilities that come from an inherited role: drawn with a dashed outline. */
  inherited?: ReadonlySet<string>;
};

/** Capabilities as monospaced badges under their area headings. */
export function CapabilityGroups({
  capabilities,
  emptyText = "No capabilities.",
  inherited,
}: CapabilityGroupsProps) {
  const groups = groupCapabilities(capabilities);
  if (groups.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
      {groups.map(({ area, capabilities: members }) => (
        <div key={area} className="contents">
          <dt className="pt-0.5 text-sm font-medium text-zinc-600 dark:text-zinc-400">{area}</dt>
          <dd className="flex flex-wrap gap-1.5">
            {members.map((c) => (
              <Badge
                key={c}
                className={
                  inherited?.has(c)
                    ? "border border-dashed border-zinc-400 font-mono ring-0 dark:border-zinc-600"
                    : "font-mono"
                }
              >
                {c}
                {inherited?.has(c) ? <span className="sr-only"> (inherited)</span> : null}
              </Badge>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
