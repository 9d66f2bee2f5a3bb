"use client";

import { Check, X } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRef, useState } from "react";
import { DefinitionDiff, fieldLabel } from "@/components/review/definition-diff";
import { ReviewDecisionDialog } from "@/components/review/review-decision-dialog";
import { ToolStatusBadge } from "@/components/tools/tool-status-badge";
import { Button, focusRing } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { Panel } from "@/components/ui/panel";
import { Skeleton } from "@/components/ui/skeleton";
import { Timestamp } from "@/components/ui/timestamp";
import type { ToolView } from "@/lib/tools/tool-view-type";
import type { ReviewDecision } from "@/lib/client/tools/use-review-tool";
import { cn } from "@/lib/client/cn";
import { useTool } from "@/lib/client/tools/use-tool";

/** One held tool: what changed, side by side, and the decision buttons for those who may decide. */
export function ReviewCard({ tool, canWrite }: { tool: ToolView; canWrite: boolean }) {
  const detail = useTool(tool.id);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const rejectRef = useRef<HTMLButtonElement>(null);
  const pending = detail.data?.pending ?? null;
  const hash = detail.data?.pendingHash ?? tool.pendingHash;
  const pendingVersion = detail.data?.versions.find((v) => v.definitionHash === hash);

  function close(open: boolean) {
    if (open) return;
    const trigger = decision === "approve" ? approveRef : rejectRef;
    setDecision(null);
    requestAnimationFrame(() => trigger.current?.focus());
  }

  return (
    <Panel className="overflow-hidden">
      <article aria-labelledby={`review-${tool.id}`}>
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
          <div className="min-w-0">
            <h3 id={`review-${tool.id}`} className="flex flex-wrap items-center gap-2">
              <Link
                href={`/tools/${tool.id}`}
                className={cn(
                  "rounded font-mono text-sm font-semibold text-zinc-900 [overflow-wrap:anywhere] hover:underline dark:text-zinc-100",
                  focusRing,
                )}
              >
                {tool.exposedName}
              </Link>
              <ToolStatusBadge status={tool.status} />
            </h3>
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              {pending
                ? `Changed: ${pending.diff.changes.map((c) => fieldLabel(c.field).toLowerCase()).join(", ") || "nothing visible"}`
                : "Loading the change…"}
              {pendingVersion ? (
                <>
                  {" "}
                  · reported <Timestamp iso={pendingVersion.firstSeenAt} />
                </>
              ) : null}
            </p>
          </div>
          {canWrite && hash && pending ? (
            <div className="flex gap-2">
              {tool.status !== "rejected" ? (
                <Button ref={rejectRef} variant="secondary" onClick={() => setDecision("reject")}>
                  <X aria-hidden="true" />
                  Reject
                </Button>
              ) : null}
              <Button ref={approveRef} onClick={() => setDecision("approve")}>
                <Check aria-hidden="true" />
                Approve
              </Button>
            </div>
          ) : null}
        </header>
        <div className="space-y-5 px-5 py-4">
          {detail.isPending ? (
            <div className="space-y-2" aria-busy="true" aria-label="Loading the change">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-24 w-full" />
            </div>
          ) : detail.isError ? (
            <InlineAlert>
              <p className="font-medium">Could not load the change.</p>
              <p className="mt-0.5">{detail.error.message}</p>
            </InlineAlert>
          ) : !pending ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No changed definition is waiting: it may have been decided already.
            </p>
          ) : (
            pending.diff.changes.map((change) => (
              <DefinitionDiff
                key={change.field}
                field={change.field}
                before={change.before}
                after={change.after}
              />
            ))
          )}
        </div>
      </article>
      {decision && hash ? (
        <ReviewDecisionDialog tool={tool} hash={hash} decision={decision} onOpenChange={close} />
      ) : null}
    </Panel>
  );
}
