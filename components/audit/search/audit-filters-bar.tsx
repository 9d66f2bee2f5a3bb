"use client";

import { Search } from "lucide-react";
import { AuditFilterCombobox } from "@/components/audit/search/audit-filter-combobox";
import { AuditMultiSelect } from "@/components/audit/search/audit-multi-select";
import { RESULT_LABELS } from "@/components/audit/search/audit-result-badge";
import { AuditTextFilter } from "@/components/audit/search/audit-text-filter";
import { AuditTimeRange } from "@/components/audit/search/audit-time-range";
import { joinList, splitList, type AuditUrlFilters } from "@/lib/client/audit/audit-url-state";
import { Panel } from "@/components/ui/panel";
import { Select } from "@/components/ui/select";
import {
  ACTOR_TYPES,
  AUDIT_CATEGORIES,
  AUDIT_RESULTS,
  auditFilterFields,
} from "@/lib/audit/search/audit-filters";
import type { AuditFacets } from "@/lib/audit/search/get-audit-facets";

export type AuditFiltersBarProps = {
  filters: AuditUrlFilters;
  onChange: (patch: AuditUrlFilters) => void;
  facets: AuditFacets | undefined;
};

const labelClass = "mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400";

const CATEGORY_LABELS: Record<string, string> = {
  auth: "Sign-in (auth)",
  access: "Access decisions",
  user: "Users",
  role: "Roles",
  key: "API keys",
  gateway: "Gateway calls",
  server: "Servers",
  tool: "Tools",
  audit: "Audit trail",
  privacy: "Privacy",
  system: "System",
};
const ACTOR_TYPE_LABELS: Record<string, string> = {
  user: "User",
  api_key: "API key",
  system: "System",
  anonymous: "Not signed in",
};

const isEmail = (text: string) => auditFilterFields.person.safeParse(text).success;
const isPseudonym = (text: string) => auditFilterFields.subject.safeParse(text).success;

/** Every filter the search takes, each with a visible label. Text filters apply as typing pauses. */
export function AuditFiltersBar({ filters, onChange, facets }: AuditFiltersBarProps) {
  const actorOptions = [
    ...(facets?.users.map((u) => ({ value: u.id, label: u.email, hint: "User" })) ?? []),
    ...(facets?.apiKeys.map((k) => ({ value: k.id, label: `${k.name} (${k.prefix})`, hint: "API key" })) ??
      []),
  ];
  const serverOptions = [...(facets?.servers ?? [])];
  // A server in the URL that is gone still shows as picked.
  if (filters.server && !serverOptions.some((s) => s.id === filters.server))
    serverOptions.push({ id: filters.server, slug: filters.server, name: filters.server });

  return (
    <Panel className="mb-4 p-4">
      <div
        role="search"
        aria-label="Filter events"
        className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="audit-filter-q" className={labelClass}>
            Search
          </label>
          <div className="relative">
            <Search
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
              aria-hidden="true"
            />
            <AuditTextFilter
              id="audit-filter-q"
              type="search"
              placeholder="Text in details, target, tool or action"
              value={filters.q}
              onCommit={(q) => onChange({ q })}
              className="pl-9"
            />
          </div>
        </div>
        <AuditTimeRange filters={filters} onChange={onChange} labelClass={labelClass} />
        <div>
          <label htmlFor="audit-filter-category" className={labelClass}>
            Category
          </label>
          <AuditMultiSelect
            id="audit-filter-category"
            allLabel="All categories"
            options={AUDIT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] ?? c }))}
            selected={splitList(filters.category)}
            onChange={(values) => onChange({ category: joinList(values) })}
          />
        </div>
        <div>
          <label htmlFor="audit-filter-result" className={labelClass}>
            Result
          </label>
          <AuditMultiSelect
            id="audit-filter-result"
            allLabel="Any result"
            options={AUDIT_RESULTS.map((r) => ({ value: r, label: RESULT_LABELS[r] ?? r }))}
            selected={splitList(filters.result)}
            onChange={(values) => onChange({ result: joinList(values) })}
          />
        </div>
        <div>
          <label htmlFor="audit-filter-action" className={labelClass}>
            Action
          </label>
          <AuditFilterCombobox
            id="audit-filter-action"
            value={filters.action}
            options={(facets?.actions ?? []).map((a) => ({ value: a, label: a }))}
            onCommit={(action) => onChange({ action })}
            placeholder="Any action"
          />
        </div>
        <div>
          <label htmlFor="audit-filter-actor-type" className={labelClass}>
            Actor type
          </label>
          <Select
            id="audit-filter-actor-type"
            value={filters.actorType ?? ""}
            onChange={(e) => onChange({ actorType: e.currentTarget.value || undefined })}
          >
            <option value="">Any</option>
            {ACTOR_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTOR_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-filter-actor" className={labelClass}>
            Actor (user or key)
          </label>
          <AuditFilterCombobox
            id="audit-filter-actor"
            value={filters.actor}
            options={actorOptions}
            onCommit={(actor) => onChange({ actor })}
            placeholder="Anyone"
          />
        </div>
        <div>
          <label htmlFor="audit-filter-person" className={labelClass}>
            Person (email)
          </label>
          <AuditTextFilter
            id="audit-filter-person"
            type="email"
            autoComplete="off"
            placeholder="name@example.com"
            value={filters.person}
            isComplete={isEmail}
            onCommit={(person) => onChange({ person })}
            aria-describedby="audit-filter-person-hint"
          />
          <p id="audit-filter-person-hint" className="sr-only">
            Finds events by or about this person, once the address is complete.
          </p>
        </div>
        <div>
          <label htmlFor="audit-filter-subject" className={labelClass}>
            Data subject (pseudonym)
          </label>
          <AuditTextFilter
            id="audit-filter-subject"
            autoComplete="off"
            placeholder="ds_…"
            value={filters.subject}
            isComplete={isPseudonym}
            onCommit={(subject) => onChange({ subject })}
            aria-describedby="audit-filter-subject-hint"
          />
          <p id="audit-filter-subject-hint" className="sr-only">
            Finds events about this data subject, once the pseudonym is complete.
          </p>
        </div>
        <div>
          <label htmlFor="audit-filter-server" className={labelClass}>
            Server
          </label>
          <Select
            id="audit-filter-server"
            value={filters.server ?? ""}
            onChange={(e) => onChange({ server: e.currentTarget.value || undefined })}
          >
            <option value="">All servers</option>
            {serverOptions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name === s.slug ? s.slug : `${s.name} (${s.slug})`}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-filter-tool" className={labelClass}>
            Tool
          </label>
          <AuditFilterCombobox
            id="audit-filter-tool"
            value={filters.tool}
            options={(facets?.tools ?? []).map((t) => ({ value: t, label: t }))}
            onCommit={(tool) => onChange({ tool })}
            placeholder="server/tool"
          />
        </div>
        <div>
          <label htmlFor="audit-filter-correlation" className={labelClass}>
            Correlation id
          </label>
          <AuditTextFilter
            id="audit-filter-correlation"
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-[13px]"
            value={filters.correlationId}
            onCommit={(correlationId) => onChange({ correlationId })}
          />
        </div>
      </div>
    </Panel>
  );
}
