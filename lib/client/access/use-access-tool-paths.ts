"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { useMe } from "@/lib/client/me/use-me";

type ToolsPage = { tools: { serverSlug: string; name: string; status: string }[] };
type ServersPage = { servers: { slug: string }[] };

/**
 * "<server>/*" and "<server>/<tool>" from the registry, for autocomplete. Each source needs its own
 * read capability; without it that source contributes nothing (typing a pattern still works).
 */
export function useAccessToolPaths() {
  const { data: me } = useMe();
  const canReadTools = me?.capabilities.includes("tools:read") ?? false;
  const canReadServers = me?.capabilities.includes("servers:read") ?? false;
  return useQuery({
    queryKey: [...queryKeys.toolPathSuggestions, canReadServers, canReadTools],
    enabled: !!me && (canReadTools || canReadServers),
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const [tools, servers] = await Promise.all([
        canReadTools ? apiFetch<ToolsPage>("/api/v1/tools?limit=500", { signal }) : { tools: [] },
        canReadServers ? apiFetch<ServersPage>("/api/v1/servers", { signal }) : { servers: [] },
      ]);
      const slugs = new Set([...servers.servers.map((s) => s.slug), ...tools.tools.map((t) => t.serverSlug)]);
      const toolPaths = tools.tools
        .filter((t) => t.status !== "removed")
        .map((t) => `${t.serverSlug}/${t.name}`);
      return {
        serverPatterns: [...slugs].sort().map((s) => `${s}/*`),
        toolPaths: [...new Set(toolPaths)].sort(),
      };
    },
  });
}
