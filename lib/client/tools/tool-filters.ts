// The tools table's filters, kept in the page URL (?server=&status=&enabled=&annotation=&q=) so they can be linked to.
import { TOOL_STATUSES } from "@/lib/tools/schemas";

export type ToolStatus = (typeof TOOL_STATUSES)[number];

export const TOOL_ANNOTATIONS = [
  "readOnlyHint",
  "destructiveHint",
  "idempotentHint",
  "openWorldHint",
] as const;
export type ToolAnnotation = (typeof TOOL_ANNOTATIONS)[number];

export type ToolFilters = {
  server?: string;
  status?: ToolStatus;
  enabled?: "true" | "false";
  annotation?: ToolAnnotation;
  q?: string;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Filters from a query string; unknown values are dropped. */
export function readToolFilters(params: URLSearchParams): ToolFilters {
  const filters: ToolFilters = {};
  const server = params.get("server")?.trim();
  if (server) filters.server = server.slice(0, 64);
  const status = oneOf(TOOL_STATUSES, params.get("status"));
  if (status) filters.status = status;
  const enabled = oneOf(["true", "false"] as const, params.get("enabled"));
  if (enabled) filters.enabled = enabled;
  const annotation = oneOf(TOOL_ANNOTATIONS, params.get("annotation"));
  if (annotation) filters.annotation = annotation;
  const q = params.get("q")?.trim();
  if (q) filters.q = q.slice(0, 200);
  return filters;
}

/** The query string for filters (without "?"), in a stable order; empty values are left out. */
export function toToolSearchParams(filters: ToolFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["server", "status", "enabled", "annotation", "q"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function hasToolFilters(filters: ToolFilters): boolean {
  return toToolSearchParams(filters).size > 0;
}
