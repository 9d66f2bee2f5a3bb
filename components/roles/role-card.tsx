import { CapabilityGroups } from "@/components/console/capability-groups";
import { ToolGrantList } from "@/components/roles/tool-grant-list";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { RoleView } from "@/lib/ui/api-types";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function RoleCard({ role }: { role: RoleView }) {
  const own = new Set(role.capabilities);
  const inherited = new Set(role.effectiveCapabilities.filter((c) => !own.has(c)));
  const headingId = `role-${role.id}`;

  return (
    <Panel>
      <section aria-labelledby={headingId}>
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4 dark:border-zinc-800">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={headingId} className="font-mono text-sm font-semibold text-zinc-900 dark:text-zinc-50">
                {role.name}
              </h2>
              {role.isBuiltIn ? <Badge tone="info">Built-in</Badge> : <Badge>Custom</Badge>}
              {role.inherits ? (
                <span className="text-xs text-zinc-500 dark:text-zinc-400">
                  inherits <span className="font-mono">{role.inherits}</span>
                </span>
              ) : null}
            </div>
            {role.description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{role.description}</p> : null}
          </div>
          <p className="text-sm whitespace-nowrap text-zinc-600 dark:text-zinc-400">
            {plural(role.userCount, "user", "users")} · {plural(role.keyCount, "API key", "API keys")}
            {role.rateLimitPerMinute ? ` · ${role.rateLimitPerMinute} calls/min` : ""}
          </p>
        </header>
        <div className="space-y-5 px-5 py-4">
          <div>
            <h3 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Capabilities</h3>
            <CapabilityGroups capabilities={role.effectiveCapabilities} inherited={inherited} emptyText="This role grants no capabilities." />
            {inherited.size > 0 ? (
              <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">Dashed: inherited from {role.inherits}.</p>
            ) : null}
          </div>
          <div>
            <h3 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Tool grants</h3>
            <ToolGrantList grants={role.toolGrants} />
          </div>
        </div>
      </section>
    </Panel>
  );
}
