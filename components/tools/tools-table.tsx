"use client";

import { Wrench } from "lucide-react";
import { Link } from "@/components/ui/link";
import { ToolRow } from "@/components/tools/tool-row";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { hasToolFilters, type ToolFilters } from "@/lib/client/tools/tool-filters";
import { useCan } from "@/lib/client/me/use-can";
import { useTools } from "@/lib/client/tools/use-tools";
import { usePurposeOptions } from "@/lib/client/privacy/use-purpose-options";
import { ListPanel } from "@/components/ui/list-panel";
import { cn } from "@/lib/client/cn";

export function ToolsTable({ filters, canWrite }: { filters: ToolFilters; canWrite: boolean }) {
  const tools = useTools(filters);
  const canAddServers = useCan("servers:write");
  const canReadPurposes = useCan("privacy:read");
  const purposeOptions = usePurposeOptions({ enabled: canReadPurposes });
  const purposes = purposeOptions.data ? new Map(purposeOptions.data.map((p) => [p.key, p])) : undefined;

  const rows = tools.data?.pages.flatMap((p) => p.tools) ?? [];
  const isFiltered = hasToolFilters(filters);

  return (
    <>
      <ListPanel
        query={tools}
        keepsStaleData
        skeletonRows={6}
        className={cn(tools.isPlaceholderData && "opacity-60 transition-opacity")}
        isEmpty={(data) => data.pages.every((p) => p.tools.length === 0)}
        empty={
          isFiltered ? (
            <EmptyState icon={Wrench} title="No tools match these filters">
              {filters.q ? `Nothing matches “${filters.q}”. ` : ""}Try another search, or clear the filters.
            </EmptyState>
          ) : (
            <EmptyState
              icon={Wrench}
              title="No tools yet"
              action={
                canAddServers ? (
                  <Button asChild>
                    <Link href="/servers">Go to servers</Link>
                  </Button>
                ) : null
              }
            >
              Tools appear once an upstream server is connected and lists them.
              {canAddServers ? " Add a server, or check that yours are healthy." : ""}
            </EmptyState>
          )
        }
      >
        {() => (
          <Table label="Tools">
            <TableHead>
              <tr>
                <Th>Tool</Th>
                <Th>Status</Th>
                <Th>Annotations</Th>
                <Th>Privacy</Th>
                <Th className="text-right">Enabled</Th>
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((tool) => (
                <ToolRow key={tool.id} tool={tool} canWrite={canWrite} purposes={purposes} />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {tools.isError && !tools.data ? null : (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-500 dark:text-zinc-400">
          <p aria-live="polite">
            {tools.data
              ? `${rows.length} ${rows.length === 1 ? "tool" : "tools"} shown${tools.hasNextPage ? ", more available" : ""}`
              : ""}
          </p>
          {tools.hasNextPage ? (
            <Button
              variant="secondary"
              onClick={() => void tools.fetchNextPage()}
              disabled={tools.isFetchingNextPage}
            >
              {tools.isFetchingNextPage ? "Loading…" : "Load more"}
            </Button>
          ) : null}
        </div>
      )}
    </>
  );
}
