"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { ToolFiltersBar } from "@/components/tools/tool-filters-bar";
import { ToolsTable } from "@/components/tools/tools-table";
import { PageHeader } from "@/components/ui/page-header";
import { useDebouncedValue } from "@/lib/client/use-debounced-value";
import { readToolFilters, toToolSearchParams, type ToolFilters } from "@/lib/client/tools/tool-filters";
import { useCan } from "@/lib/client/me/use-can";
import { useServers } from "@/lib/client/servers/use-servers";

/** Every tool the upstreams offer; filters live in the URL so a filtered view can be linked to. */
export function ToolsView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(
    () => readToolFilters(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );
  const [search, setSearch] = useState(filters.q ?? "");
  const q = useDebouncedValue(search.trim(), 300);
  const canWrite = useCan("tools:write");
  const canReadServers = useCan("servers:read");
  const servers = useServers({ enabled: canReadServers });

  function replaceFilters(next: ToolFilters) {
    const params = toToolSearchParams(next);
    router.replace(params.size > 0 ? `${pathname}?${params}` : pathname, { scroll: false });
  }

  // The debounced search goes into the URL; other filters change it at once.
  useEffect(() => {
    if (q !== (filters.q ?? "")) replaceFilters({ ...filters, q: q || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new search should write the URL
  }, [q]);

  return (
    <>
      <PageHeader
        title="Tools"
        description="Every tool the upstream servers offer. Agents call them as <server>__<tool>, if their roles allow it."
      />
      <ToolFiltersBar
        search={search}
        onSearchChange={setSearch}
        filters={filters}
        onFiltersChange={(next) => replaceFilters({ ...next, q: search.trim() || undefined })}
        servers={servers.data?.map((s) => ({ slug: s.slug, name: s.name })) ?? null}
      />
      <ToolsTable filters={filters} canWrite={canWrite} />
    </>
  );
}
