"use client";

import { ClipboardCheck } from "lucide-react";
import { Link } from "@/components/ui/link";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { BackLink } from "@/components/servers/back-link";
import { RawJson } from "@/components/tools/raw-json";
import { SchemaFieldTable } from "@/components/tools/schema-field-table";
import { ToolAnnotationBadges } from "@/components/tools/tool-annotation-badges";
import { ToolEnabledSwitch } from "@/components/tools/tool-enabled-switch";
import { ToolPrivacySection } from "@/components/tools/tool-privacy-section";
import { ToolSection } from "@/components/tools/tool-section";
import { ToolStatusBadge } from "@/components/tools/tool-status-badge";
import { ToolTimeoutForm } from "@/components/tools/tool-timeout-form";
import { ToolVersionsTable } from "@/components/tools/tool-versions-table";
import { Button, focusRing } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { cn } from "@/lib/client/cn";
import { useCan } from "@/lib/client/me/use-can";
import { useTool } from "@/lib/client/tools/use-tool";

/** One tool: what agents see of it, its schema, hints, timeout, privacy declaration and definition history. */
export function ToolDetailView({ id }: { id: string }) {
  const tool = useTool(id);
  if (tool.isPending) return <PageSkeleton rows={8} />;
  if (tool.isError) {
    return (
      <>
        <BackLink href="/tools" label="Tools" />
        <LoadError error={tool.error} onRetry={() => void tool.refetch()} />
      </>
    );
  }
  return <ToolDetailContent tool={tool.data} />;
}

function ToolDetailContent({ tool }: { tool: ToolDetail }) {
  const canWrite = useCan("tools:write");
  const canReadServers = useCan("servers:read");
  const isHeld = tool.status === "pending_review" || tool.status === "rejected";

  return (
    <>
      <BackLink href="/tools" label="Tools" />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 [overflow-wrap:anywhere] dark:text-zinc-50">
            {tool.title ?? tool.name}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              className="rounded-md bg-zinc-100 px-2 py-1 font-mono text-sm text-zinc-900 [overflow-wrap:anywhere] dark:bg-zinc-800 dark:text-zinc-100"
              data-testid="exposed-name"
            >
              {tool.exposedName}
            </code>
            <CopyButton value={tool.exposedName} label="Copy name" />
            <ToolStatusBadge status={tool.status} />
          </div>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            From{" "}
            {canReadServers ? (
              <Link
                href={`/servers/${tool.serverId}`}
                className={cn(
                  "rounded font-mono text-indigo-700 hover:underline dark:text-indigo-300",
                  focusRing,
                )}
              >
                {tool.serverSlug}
              </Link>
            ) : (
              <span className="font-mono">{tool.serverSlug}</span>
            )}
            {tool.name !== tool.title ? (
              <>
                {" "}
                as <span className="font-mono">{tool.name}</span>
              </>
            ) : null}
          </p>
        </div>
        {canWrite ? (
          <div className="flex items-center gap-2">
            <ToolEnabledSwitch tool={tool} size="md" />
            <span className="text-sm font-medium text-zinc-800 dark:text-zinc-200" aria-hidden="true">
              Enabled
            </span>
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {tool.isEnabled ? "Enabled" : "Disabled"}
          </p>
        )}
      </div>

      {isHeld ? (
        <div
          role="note"
          className="mb-5 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
        >
          <p>
            {tool.status === "pending_review"
              ? "The upstream changed this tool's definition. Agents do not see the tool until someone reviews the change."
              : "A changed definition of this tool was rejected. Agents do not see the tool."}{" "}
            Below is the definition that was approved before.
          </p>
          <Button variant="secondary" size="sm" asChild>
            <Link href={tool.status === "rejected" ? "/review?tab=rejected" : "/review"}>
              <ClipboardCheck aria-hidden="true" />
              {tool.status === "rejected" ? "See rejected changes" : "Review the change"}
            </Link>
          </Button>
        </div>
      ) : null}

      <div className="space-y-5">
        <ToolSection title="Description" id="tool-description">
          {tool.description ? (
            <p
              className="max-w-4xl text-sm whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere] dark:text-zinc-200"
              data-testid="tool-description"
            >
              {tool.description}
            </p>
          ) : (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">The upstream gave no description.</p>
          )}
        </ToolSection>

        <ToolSection title="Input schema" id="tool-input-schema">
          <div className="space-y-3">
            <SchemaFieldTable schema={tool.inputSchema} label="Input fields" />
            <RawJson value={tool.inputSchema} summary="Raw input schema (JSON)" />
          </div>
        </ToolSection>

        {tool.outputSchema ? (
          <ToolSection title="Output schema" id="tool-output-schema">
            <div className="space-y-3">
              <SchemaFieldTable schema={tool.outputSchema} label="Output fields" />
              <RawJson value={tool.outputSchema} summary="Raw output schema (JSON)" />
            </div>
          </ToolSection>
        ) : null}

        <div className="grid gap-5 lg:grid-cols-2">
          <ToolSection title="Annotations" id="tool-annotations">
            <ToolAnnotationBadges annotations={tool.annotations} emptyText="The upstream set no hints." />
            <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
              Hints from the upstream server, not guarantees. Read-only and idempotent tools may be retried
              after a failure.
            </p>
          </ToolSection>
          <ToolSection title="Timeout" id="tool-timeout-heading">
            {canWrite ? (
              <ToolTimeoutForm key={tool.timeoutMs ?? "default"} tool={tool} />
            ) : (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                {tool.timeoutMs === null ? "The server's timeout applies." : `${tool.timeoutMs} ms`}
              </p>
            )}
          </ToolSection>
        </div>

        <ToolPrivacySection tool={tool} />

        <ToolSection title="Version history" id="tool-versions">
          <ToolVersionsTable
            versions={tool.versions}
            currentHash={tool.definitionHash}
            pendingHash={tool.pendingHash}
          />
        </ToolSection>
      </div>
    </>
  );
}
