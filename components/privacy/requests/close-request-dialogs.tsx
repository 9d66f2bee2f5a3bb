"use client";

import { ReasonField, readReason } from "@/components/privacy/requests/reason-field";
import { RequestActionDialog } from "@/components/privacy/requests/request-action-dialog";

/** "Reject": the request will not be answered (e.g. identity could not be verified); the reason is kept. */
export function RejectRequestDialog({ requestId }: { requestId: string }) {
  return (
    <RequestActionDialog
      requestId={requestId}
      triggerLabel="Reject"
      title="Reject this request?"
      description="The request is closed without being carried out. The reason goes into its timeline and the audit trail; tell the person what it says."
      submitLabel="Reject request"
      pendingLabel="Rejecting…"
      tone="danger"
      successMessage="Request rejected."
      fieldNames={["reason"]}
      read={(form) => {
        const read = readReason(form);
        return "error" in read
          ? { errors: { reason: read.error } }
          : { input: { action: "reject", body: { reason: read.reason } } };
      }}
    >
      {(errors, isPending) => (
        <ReasonField
          id="reject-reason"
          hint="For example: the identity check failed, or the request is manifestly unfounded."
          error={errors.reason}
          disabled={isPending}
        />
      )}
    </RequestActionDialog>
  );
}

/** "Cancel": the person withdrew the request, or it was recorded by mistake. */
export function CancelRequestDialog({ requestId }: { requestId: string }) {
  return (
    <RequestActionDialog
      requestId={requestId}
      triggerLabel="Cancel request"
      title="Cancel this request?"
      description="The request is closed and nothing is carried out. This cannot be undone: a new request would start a new deadline."
      submitLabel="Cancel request"
      pendingLabel="Cancelling…"
      tone="danger"
      cancelLabel="Keep request"
      successMessage="Request cancelled."
      fieldNames={["reason"]}
      read={(form) => {
        const read = readReason(form);
        return "error" in read
          ? { errors: { reason: read.error } }
          : { input: { action: "cancel", body: { reason: read.reason } } };
      }}
    >
      {(errors, isPending) => (
        <ReasonField
          id="cancel-reason"
          hint="For example: the person withdrew it, or it was recorded twice."
          error={errors.reason}
          disabled={isPending}
        />
      )}
    </RequestActionDialog>
  );
}
