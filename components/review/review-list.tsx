"use client";

import { ClipboardCheck } from "lucide-react";
import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { ReviewCard } from "@/components/review/review-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import type { useTools } from "@/lib/client/tools/use-tools";

export type ReviewListProps = {
  tools: ReturnType<typeof useTools>;
  canWrite: boolean;
  kind: "pending" | "rejected";
};

export function ReviewList({ tools, canWrite, kind }: ReviewListProps) {
  if (tools.isError && !tools.data)
    return <LoadError error={tools.error} onRetry={() => void tools.refetch()} />;
  if (tools.isPending) {
    return (
      <Panel>
        <TableSkeleton rows={3} />
      </Panel>
    );
  }
  const rows = tools.data.pages.flatMap((p) => p.tools);
  if (rows.length === 0) {
    return (
      <Panel>
        <EmptyState
          icon={ClipboardCheck}
          title={kind === "pending" ? "Nothing to review" : "No rejected changes"}
        >
          {kind === "pending"
            ? "When an upstream server changes a tool's description or schema, the tool is held back from agents and shows up here. Refreshing a server's tools checks for changes."
            : "Changes you reject stay listed here, so you can approve them later if you change your mind."}
        </EmptyState>
      </Panel>
    );
  }
  return (
    <div className="space-y-5">
      {rows.map((tool) => (
        <ReviewCard key={tool.id} tool={tool} canWrite={canWrite} />
      ))}
      {tools.hasNextPage ? (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void tools.fetchNextPage()}
            disabled={tools.isFetchingNextPage}
          >
            {tools.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
