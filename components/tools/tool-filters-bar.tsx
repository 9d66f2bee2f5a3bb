"use client";

import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ANNOTATION_LABELS } from "@/lib/client/tools/tool-annotations";
import { TOOL_ANNOTATIONS, hasToolFilters, type ToolFilters } from "@/lib/client/tools/tool-filters";
import { TOOL_STATUS_LABELS } from "@/lib/client/tools/tool-status";
import { TOOL_STATUSES } from "@/lib/tools/schemas";

export type ToolFiltersBarProps = {
  search: string;
  onSearchChange: (search: string) => void;
  filters: ToolFilters;
  onFiltersChange: (filters: ToolFilters) => void;
  /** Servers to pick from (slug and name); null when the user may not list servers. */
  servers: { slug: string; name: string }[] | null;
};

const labelClass = "mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400";

/** Search and the four filters; every control has a visible label. */
export function ToolFiltersBar({
  search,
  onSearchChange,
  filters,
  onFiltersChange,
  servers,
}: ToolFiltersBarProps) {
  const set = (patch: Partial<ToolFilters>) => onFiltersChange({ ...filters, ...patch });
  const serverOptions = [...(servers ?? [])];
  // A server in the URL that is not in the list (deleted, or servers:read missing) stays selectable.
  if (filters.server && !serverOptions.some((s) => s.slug === filters.server))
    serverOptions.push({ slug: filters.server, name: filters.server });

  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <div className="w-full max-w-xs min-w-52 flex-1">
        <label htmlFor="tool-search" className={labelClass}>
          Search
        </label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
            aria-hidden="true"
          />
          <Input
            id="tool-search"
            type="search"
            placeholder="Name, title or description"
            value={search}
            onChange={(e) => onSearchChange(e.currentTarget.value)}
            className="pl-9"
          />
        </div>
      </div>
      <div className="w-44">
        <label htmlFor="tool-filter-server" className={labelClass}>
          Server
        </label>
        <Select
          id="tool-filter-server"
          value={filters.server ?? ""}
          onChange={(e) => set({ server: e.currentTarget.value || undefined })}
        >
          <option value="">All servers</option>
          {serverOptions.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.slug}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-40">
        <label htmlFor="tool-filter-status" className={labelClass}>
          Status
        </label>
        <Select
          id="tool-filter-status"
          value={filters.status ?? ""}
          onChange={(e) => set({ status: TOOL_STATUSES.find((s) => s === e.currentTarget.value) })}
        >
          <option value="">Any status</option>
          {TOOL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {TOOL_STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-32">
        <label htmlFor="tool-filter-enabled" className={labelClass}>
          Enabled
        </label>
        <Select
          id="tool-filter-enabled"
          value={filters.enabled ?? ""}
          onChange={(e) =>
            set({
              enabled:
                e.currentTarget.value === "true"
                  ? "true"
                  : e.currentTarget.value === "false"
                    ? "false"
                    : undefined,
            })
          }
        >
          <option value="">Either</option>
          <option value="true">Enabled</option>
          <option value="false">Disabled</option>
        </Select>
      </div>
      <div className="w-40">
        <label htmlFor="tool-filter-annotation" className={labelClass}>
          Annotation
        </label>
        <Select
          id="tool-filter-annotation"
          value={filters.annotation ?? ""}
          onChange={(e) => set({ annotation: TOOL_ANNOTATIONS.find((a) => a === e.currentTarget.value) })}
        >
          <option value="">Any</option>
          {TOOL_ANNOTATIONS.map((a) => (
            <option key={a} value={a}>
              {ANNOTATION_LABELS[a]}
            </option>
          ))}
        </Select>
      </div>
      {hasToolFilters(filters) || search ? (
        <Button
          variant="ghost"
          onClick={() => {
            onSearchChange("");
            onFiltersChange({});
          }}
        >
          <X aria-hidden="true" />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
