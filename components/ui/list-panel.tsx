import type { ReactNode } from "react";
import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { Panel } from "@/components/ui/panel";
import { cn } from "@/lib/client/cn";

/** The part of a TanStack Query result a list needs; `useQuery` and `useInfiniteQuery` both fit. */
export type ListQuery<TData> = {
  data: TData | undefined;
  error: Error | null;
  refetch: () => unknown;
};

export type ListPanelProps<TData> = {
  query: ListQuery<TData>;
  /** Shown inside the panel when the loaded data is empty (usually an `EmptyState`). */
  empty: ReactNode;
  /** The table, given the loaded data. */
  children: (data: TData) => ReactNode;
  /** Defaults to "an empty array"; pass one for paged or grouped data. */
  isEmpty?: (data: TData) => boolean;
  skeletonRows?: number;
  /** Keep showing the last good data when a background refetch fails (the caller says so above it). */
  keepsStaleData?: boolean;
  /** False when the list sits inside a surface of its own (an editor section) and needs no Panel. */
  isFramed?: boolean;
  className?: string;
};

/**
 * A list's load ladder: the load error with a retry (in place of the panel), placeholder rows while
 * loading, the empty state, then the table.
 */
export function ListPanel<TData>({
  query,
  empty,
  children,
  isEmpty = isEmptyArray,
  skeletonRows,
  keepsStaleData = false,
  isFramed = true,
  className,
}: ListPanelProps<TData>) {
  const { data, error } = query;
  // TanStack sets `error` exactly when the query is in its error state, and clears it on success.
  if (error && !(keepsStaleData && data !== undefined))
    return <LoadError error={error} onRetry={() => void query.refetch()} />;

  const body =
    data === undefined ? <TableSkeleton rows={skeletonRows} /> : isEmpty(data) ? empty : children(data);
  return isFramed ? <Panel className={cn("overflow-hidden", className)}>{body}</Panel> : body;
}

function isEmptyArray(data: unknown): boolean {
  return Array.isArray(data) && data.length === 0;
}
