"use client";

import { Scale } from "lucide-react";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { ErasureCertificateLinks } from "@/components/privacy/requests/erasure-certificate-links";
import { ExecutionProgress } from "@/components/privacy/requests/execution-progress";
import { RequestActions } from "@/components/privacy/requests/request-actions";
import { RequestNotice } from "@/components/privacy/requests/request-notice";
import { RequestExports } from "@/components/privacy/requests/request-exports";
import { RequestStateBadge } from "@/components/privacy/requests/request-state-badge";
import { RequestSummary } from "@/components/privacy/requests/request-summary";
import { RequestTimeline } from "@/components/privacy/requests/request-timeline";
import { BackLink } from "@/components/servers/back-link";
import { CopyButton } from "@/components/ui/copy-button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { REQUEST_TYPE_LABELS } from "@/lib/client/privacy/requests/request-labels";
import { useRequest } from "@/lib/client/privacy/requests/use-request";
import type { PrivacyRequestDetailView } from "@/lib/privacy/requests/request-types";

const BACK = { href: "/privacy/requests", label: "Requests" };

/** One request: what it is and where it stands, what may be done next, its results and its timeline. */
export function RequestDetailView({ id }: { id: string }) {
  const request = useRequest(id);
  if (request.isPending) return <PageSkeleton rows={6} />;
  if (request.isError && !request.data) {
    return (
      <>
        <BackLink {...BACK} />
        <LoadError error={request.error} onRetry={() => void request.refetch()} />
      </>
    );
  }
  return (
    <>
      {request.isError ? (
        <div className="mb-4">
          <LoadError error={request.error} onRetry={() => void request.refetch()} />
        </div>
      ) : null}
      <RequestDetailContent request={request.data} />
    </>
  );
}

function RequestDetailContent({ request }: { request: PrivacyRequestDetailView }) {
  const isCompleted = request.state === "completed";
  return (
    <>
      <BackLink {...BACK} />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            {REQUEST_TYPE_LABELS[request.type]} request <RequestStateBadge state={request.state} />
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="rounded-md bg-zinc-100 px-2 py-1 font-mono text-sm text-zinc-900 [overflow-wrap:anywhere] dark:bg-zinc-800 dark:text-zinc-100">
              {request.id}
            </code>
            <CopyButton value={request.id} label="Copy id" />
          </div>
        </div>
      </div>

      <div className="space-y-5">
        {request.hold ? (
          <RequestNotice icon={Scale}>
            Waiting: the legal hold “{request.hold.reason || request.hold.id}” covers this person. The erasure
            continues by itself once the hold is released.
          </RequestNotice>
        ) : null}
        <RequestActions request={request} />
        {request.state === "executing" ? (
          <PrivacySection title="Execution" id="request-execution">
            <ExecutionProgress progress={request.progress} />
          </PrivacySection>
        ) : null}
        {request.state === "failed" && request.failure ? (
          <InlineAlert>
            <p className="font-medium">
              The execution failed{request.progress ? ` at “${request.progress.step}”` : ""}.
            </p>
            <p className="mt-0.5 [overflow-wrap:anywhere]">{request.failure}</p>
          </InlineAlert>
        ) : null}
        <PrivacySection title="Summary" id="request-summary">
          <RequestSummary request={request} />
        </PrivacySection>
        {isCompleted && request.type === "access" ? <RequestExports request={request} /> : null}
        {isCompleted && request.type === "erasure" ? <ErasureCertificateLinks request={request} /> : null}
        <PrivacySection
          title="Timeline"
          id="request-timeline"
          description="Every step, who took it and why; each is also an audit event."
          isFlush
        >
          <RequestTimeline transitions={request.transitions} />
        </PrivacySection>
      </div>
    </>
  );
}
