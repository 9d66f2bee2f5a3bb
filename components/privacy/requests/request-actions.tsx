"use client";

import { Users } from "lucide-react";
import {
  CancelRequestDialog,
  RejectRequestDialog,
} from "@/components/privacy/requests/close-request-dialogs";
import { ExecuteRequestDialog } from "@/components/privacy/requests/execute-request-dialog";
import { ExtendRequestDialog } from "@/components/privacy/requests/extend-request-dialog";
import { RequestActionDialog } from "@/components/privacy/requests/request-action-dialog";
import { RequestNotice } from "@/components/privacy/requests/request-notice";
import { VerifyIdentityDialog } from "@/components/privacy/requests/verify-identity-dialog";
import { useCan } from "@/lib/client/me/use-can";
import { FOUR_EYES_MESSAGE } from "@/lib/client/privacy/requests/refusal-message";
import type { PrivacyRequestDetailView } from "@/lib/privacy/requests/request-types";

/**
 * The buttons for what the signed-in person may do now (the server's `allowedActions`, which
 * already weighs capabilities and four eyes), in the order the workflow runs.
 */
export function RequestActions({ request }: { request: PrivacyRequestDetailView }) {
  const canApprove = useCan("privacy:approve");
  const allowed = new Set(request.allowedActions);
  // They could approve but did the earlier step themselves: say why there is no Approve button.
  const isFourEyesBlocked = request.state === "identity_verified" && canApprove && !allowed.has("approve");

  if (allowed.size === 0 && !isFourEyesBlocked) return null;
  return (
    <div className="space-y-3">
      {isFourEyesBlocked ? (
        <RequestNotice icon={Users} testId="four-eyes-notice">
          {FOUR_EYES_MESSAGE}
        </RequestNotice>
      ) : null}
      <div className="flex flex-wrap gap-2" role="group" aria-label="Request actions">
        {allowed.has("verify_identity") ? <VerifyIdentityDialog requestId={request.id} /> : null}
        {allowed.has("approve") ? (
          <RequestActionDialog
            requestId={request.id}
            triggerLabel="Approve"
            triggerVariant="primary"
            title="Approve this request?"
            description={
              request.type === "erasure"
                ? "Approving lets someone with privacy:execute erase this person. You are the second pair of eyes: check the identity verification first."
                : "Approving lets someone with privacy:execute gather and export this person's data. Check the identity verification first."
            }
            submitLabel="Approve"
            pendingLabel="Approving…"
            successMessage="Request approved."
            read={() => ({ input: { action: "approve" } })}
          />
        ) : null}
        {allowed.has("execute") ? <ExecuteRequestDialog request={request} /> : null}
        {allowed.has("retry") ? (
          <RequestActionDialog
            requestId={request.id}
            triggerLabel="Retry"
            triggerVariant="primary"
            title="Retry the execution?"
            description="The request goes back to approved and runs again, resuming from where it stopped."
            submitLabel="Retry"
            pendingLabel="Retrying…"
            successMessage={(answered) =>
              answered.state === "on_hold"
                ? "A legal hold covers this person: the erasure waits until it is released."
                : "Execution restarted."
            }
            read={() => ({ input: { action: "retry" } })}
          />
        ) : null}
        {allowed.has("extend") ? <ExtendRequestDialog request={request} /> : null}
        {allowed.has("reject") ? <RejectRequestDialog requestId={request.id} /> : null}
        {allowed.has("cancel") ? <CancelRequestDialog requestId={request.id} /> : null}
      </div>
    </div>
  );
}
