"use client";

import { PlugZap, Trash2 } from "lucide-react";
import { useState } from "react";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { BackLink } from "@/components/servers/back-link";
import { ConnectionTestResultView } from "@/components/servers/connection-test-result";
import { DeleteServerDialog } from "@/components/servers/delete-server-dialog";
import { RefreshToolsButton } from "@/components/servers/refresh-tools-button";
import { ServerConnectionPanel } from "@/components/servers/server-connection-panel";
import { ServerEnabledSwitch } from "@/components/servers/server-enabled-switch";
import { ServerPrivacyPanel } from "@/components/servers/server-privacy-panel";
import { ServerForm } from "@/components/servers/server-form";
import { ServerResiliencePanel } from "@/components/servers/server-resilience-panel";
import { BreakerBadge, HealthBadge } from "@/components/servers/server-status-badges";
import { ServerStatusPanel } from "@/components/servers/server-status-panel";
import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import type { ServerView } from "@/lib/servers/server-view";
import { TRANSPORT_LABELS } from "@/lib/client/servers/server-status";
import { useCan } from "@/lib/client/me/use-can";
import { useServer } from "@/lib/client/servers/use-server";
import { useTestSavedServer } from "@/lib/client/servers/use-test-saved-server";

/** One server: live status, breaker and bulkhead, its tools, and (for writers) actions and settings. */
export function ServerDetailView({ id }: { id: string }) {
  const server = useServer(id);
  const canWrite = useCan("servers:write");

  if (server.isPending) return <PageSkeleton rows={6} />;
  if (server.isError && !server.data) {
    return (
      <>
        <BackLink href="/servers" label="Servers" />
        <LoadError error={server.error} onRetry={() => void server.refetch()} />
      </>
    );
  }
  return <ServerDetail server={server.data} canWrite={canWrite} isStale={server.isError} />;
}

function ServerDetail({
  server,
  canWrite,
  isStale,
}: {
  server: ServerView;
  canWrite: boolean;
  isStale: boolean;
}) {
  const [isDeleting, setIsDeleting] = useState(false);
  const test = useTestSavedServer();
  const breaker = server.policies?.breaker.state;

  return (
    <>
      <BackLink href="/servers" label="Servers" />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 [overflow-wrap:anywhere] dark:text-zinc-50">
            {server.name}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
            <span className="font-mono">{server.slug}</span>
            <span aria-hidden="true">·</span>
            <span>{TRANSPORT_LABELS[server.transport] ?? server.transport}</span>
            <HealthBadge status={server.healthStatus} isEnabled={server.isEnabled} />
            {breaker && server.isEnabled ? <BreakerBadge state={breaker} /> : null}
          </p>
          {server.description ? (
            <p className="mt-2 max-w-3xl text-sm whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">
              {server.description}
            </p>
          ) : null}
        </div>
        {canWrite ? (
          <div className="flex flex-wrap items-center gap-2">
            <ServerEnabledSwitch server={server} />
            <RefreshToolsButton server={server} />
            <Button variant="secondary" onClick={() => test.mutate(server.id)} disabled={test.isPending}>
              <PlugZap aria-hidden="true" />
              {test.isPending ? "Testing…" : "Test connection"}
            </Button>
            <Button
              variant="ghost"
              className="text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
              onClick={() => setIsDeleting(true)}
            >
              <Trash2 aria-hidden="true" />
              Delete
            </Button>
          </div>
        ) : null}
      </div>

      {isStale ? (
        <p role="status" className="mb-4 text-sm text-amber-700 dark:text-amber-300">
          Could not refresh this page; showing the last known state.
        </p>
      ) : null}
      {test.data || test.error ? (
        <div className="mb-4">
          {test.data ? <ConnectionTestResultView result={test.data} /> : null}
          {test.error ? (
            <InlineAlert>
              <p className="font-medium">Could not run the test.</p>
              <p className="mt-0.5">{test.error.message}</p>
            </InlineAlert>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-2">
        <ServerStatusPanel server={server} />
        <ServerResiliencePanel server={server} />
        <div className="lg:col-span-2">
          <ServerConnectionPanel server={server} />
        </div>
        <div className="lg:col-span-2">
          <ServerPrivacyPanel server={server} />
        </div>
      </div>

      {canWrite ? (
        <section aria-labelledby="server-settings-heading" className="mt-10">
          <h2
            id="server-settings-heading"
            className="mb-1 text-base font-semibold text-zinc-900 dark:text-zinc-50"
          >
            Settings
          </h2>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Changes apply when saved; a changed connection reconnects.
          </p>
          <ServerForm mode="edit" server={server} />
        </section>
      ) : null}

      {canWrite ? (
        <DeleteServerDialog server={server} open={isDeleting} onOpenChange={setIsDeleting} />
      ) : null}
    </>
  );
}
