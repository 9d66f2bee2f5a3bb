"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import type { ServerView } from "@/lib/servers/server-view";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";
import { cn } from "@/lib/client/cn";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useRefreshServer } from "@/lib/client/servers/use-refresh-server";

/** "2 added, 1 changed (held for review)", or "no changes". */
export function describeSyncSummary(summary: ToolSyncSummary): string {
  const parts: string[] = [];
  if (summary.added) parts.push(`${summary.added} added`);
  if (summary.changed) parts.push(`${summary.changed} changed (held for review)`);
  if (summary.autoApproved) parts.push(`${summary.autoApproved} changed (auto-approved)`);
  if (summary.removed) parts.push(`${summary.removed} removed`);
  if (summary.restored) parts.push(`${summary.restored} restored`);
  return parts.length > 0 ? parts.join(", ") : "no changes";
}

/** Lists the server's tools now; the summary (or the reason it failed) comes as a toast. */
export function RefreshToolsButton({ server }: { server: ServerView }) {
  const refresh = useRefreshServer();
  const toast = useToast();

  async function run() {
    try {
      const { summary } = await refresh.mutateAsync(server.id);
      toast.success(`Refreshed the tools of ${server.name}: ${describeSyncSummary(summary)}.`);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Button
      variant="secondary"
      onClick={() => void run()}
      disabled={refresh.isPending || !server.isEnabled}
      title={server.isEnabled ? undefined : "Enable the server to refresh its tools"}
    >
      <RefreshCw aria-hidden="true" className={cn(refresh.isPending && "animate-spin")} />
      {refresh.isPending ? "Refreshing…" : "Refresh tools"}
    </Button>
  );
}
