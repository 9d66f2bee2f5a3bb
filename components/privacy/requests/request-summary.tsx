import { Link } from "@/components/ui/link";
import { DueBadge } from "@/components/privacy/requests/due-badge";
import { SubjectLink } from "@/components/privacy/subject-link";
import { focusRing } from "@/components/ui/button";
import { DetailList } from "@/components/ui/detail-list";
import { Muted } from "@/components/ui/muted";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/client/cn";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import { REQUEST_TYPE_LABELS, verificationMethodLabel } from "@/lib/client/privacy/requests/request-labels";
import type { PrivacyRequestView, RequestPersonView } from "@/lib/privacy/requests/request-types";

function byAt(person: RequestPersonView, at: string | null) {
  if (!person && !at) return null;
  return (
    <>
      {person?.label ?? <Muted>someone</Muted>}
      {at ? (
        <>
          {", "}
          <Timestamp iso={at} />
        </>
      ) : null}
    </>
  );
}

/** Type, person, deadline and who did what, as label/value rows. */
export function RequestSummary({ request }: { request: PrivacyRequestView }) {
  const isExtended = request.dueAt !== request.initialDueAt;
  // The registry no longer knows an erased person: the pseudonym stays, without a link to nowhere.
  const isErased = request.type === "erasure" && request.state === "completed";
  return (
    <DetailList
      className="grid-cols-[minmax(9rem,auto)_1fr]"
      placeholder={<Muted>—</Muted>}
      items={[
        { label: "Type", value: REQUEST_TYPE_LABELS[request.type] },
        {
          label: "Identifier",
          value: (
            <>
              <span className="text-zinc-500 dark:text-zinc-400">
                {IDENTIFIER_KIND_LABELS[request.identifierKind]}{" "}
              </span>
              <span className="font-mono">{request.identifierHint}</span>
            </>
          ),
        },
        {
          label: "Data subject",
          value:
            isErased && request.subjectId ? (
              <span>
                <code className="font-mono">{request.subjectId}</code> (erased)
              </span>
            ) : request.subjectId ? (
              <SubjectLink id={request.subjectId} />
            ) : (
              <span data-testid="no-subject">No one found for this identifier</span>
            ),
        },
        { label: "Received", value: byAt(request.receivedBy, request.receivedAt) },
        {
          label: "Due",
          value: (
            <span className="inline-flex flex-wrap items-center gap-2">
              <Timestamp iso={request.dueAt} dateOnly />
              <DueBadge status={request.dueStatus} />
            </span>
          ),
        },
        isExtended && {
          label: "Extended",
          value: (
            <>
              from <Timestamp iso={request.initialDueAt} dateOnly />
              {request.extensionReason ? <>: “{request.extensionReason}”</> : null}
            </>
          ),
        },
        !!request.verifiedAt && {
          label: "Identity verified",
          value: (
            <>
              {request.verificationMethod
                ? `${verificationMethodLabel(request.verificationMethod)}, by `
                : "By "}
              {byAt(request.verifiedBy, request.verifiedAt)}
            </>
          ),
        },
        !!request.approvedAt && { label: "Approved", value: byAt(request.approvedBy, request.approvedAt) },
        !!request.executionStartedAt && {
          label: "Executed",
          value: byAt(request.executedBy, request.executionStartedAt),
        },
        !!request.completedAt && { label: "Closed", value: <Timestamp iso={request.completedAt} /> },
        !!request.closedReason && { label: "Reason", value: request.closedReason },
        !!request.hold && {
          label: "Blocked by",
          value: (
            <span data-testid="blocking-hold">
              Legal hold “{request.hold.reason || request.hold.id}”; the request waits until it is released.{" "}
              <Link
                href="/audit/retention"
                className={cn("rounded text-indigo-700 hover:underline dark:text-indigo-300", focusRing)}
              >
                Legal holds
              </Link>
            </span>
          ),
        },
      ]}
    />
  );
}
