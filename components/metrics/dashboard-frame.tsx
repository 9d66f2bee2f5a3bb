"use client";

import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { LoadError } from "@/components/console/load-error";
import { MetricsToolbar } from "@/components/metrics/metrics-toolbar";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import type { useDashboardUrl } from "@/lib/client/metrics/use-dashboard-url";

export type DashboardFrameProps<T> = {
  title: string;
  description: string;
  actions?: ReactNode;
  url: ReturnType<typeof useDashboardUrl>;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
};

/** Header, range toolbar, and the loading, error and loaded states every dashboard shares. */
export function DashboardFrame<T>({
  title,
  description,
  actions,
  url,
  query,
  children,
}: DashboardFrameProps<T>) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <MetricsToolbar
        key={url.queryString}
        params={url.params}
        onChange={url.setParams}
        isPaused={url.isPaused}
        onTogglePause={url.togglePause}
        updatedAt={query.dataUpdatedAt}
      />
      {query.isPending ? (
        <div className="space-y-3" aria-busy="true" aria-label="Loading metrics">
          <Skeleton className="h-20 w-full" />
          <Skeleton className="h-56 w-full" />
          <Skeleton className="h-40 w-full" />
        </div>
      ) : query.isError && !query.data ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        children(query.data)
      ) : null}
    </>
  );
}
