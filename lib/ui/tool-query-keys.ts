import type { ToolFilters } from "@/lib/ui/tool-filters";

// TanStack Query keys for tools; mutations invalidate `all`, which covers lists and details.
export const toolQueryKeys = {
  all: ["tools"] as const,
  list: (filters: ToolFilters) => ["tools", "list", filters] as const,
  detail: (id: string) => ["tools", "detail", id] as const,
};
