import { CapabilityGroups } from "@/components/console/capability-groups";
import { EditorSection } from "@/components/roles/editor-section";
import { ToolGrantList } from "@/components/roles/tool-grant-list";
import type { RoleView } from "@/lib/roles/role-view-type";

/** What a role grants, for people who may read roles but not change them. */
export function RoleReadOnly({ role }: { role: RoleView }) {
  const own = new Set(role.capabilities);
  const inherited = new Set(role.effectiveCapabilities.filter((c) => !own.has(c)));
  return (
    <div className="space-y-5">
      <EditorSection id="role-capabilities" title="Console and API capabilities">
        <CapabilityGroups
          capabilities={role.effectiveCapabilities}
          inherited={inherited}
          emptyText="This role grants no capabilities."
        />
        {inherited.size > 0 ? (
          <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
            Dashed: inherited from {role.inherits}.
          </p>
        ) : null}
      </EditorSection>
      <EditorSection
        id="role-tool-grants"
        title="Tool grants"
        description="Nothing is allowed unless a grant allows it; a deny always wins."
      >
        <ToolGrantList grants={role.toolGrants} />
      </EditorSection>
      <EditorSection id="role-limit" title="Rate limit">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {role.rateLimitPerMinute
            ? `${role.rateLimitPerMinute} calls per minute for API keys holding this role.`
            : "No limit of its own."}
        </p>
      </EditorSection>
    </div>
  );
}
