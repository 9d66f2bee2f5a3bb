"use client";

import { RequestActionDialog } from "@/components/privacy/requests/request-action-dialog";
import { TextField } from "@/components/ui/text-field";
import type { PrivacyRequestView } from "@/lib/privacy/requests/request-types";

type ExecuteProps = { request: Pick<PrivacyRequestView, "id" | "type" | "subjectId"> };

/**
 * "Execute": an access request gathers the person's data; an erasure destroys their key and unlinks
 * them, which cannot be undone, so it asks for the request id to be typed.
 */
export function ExecuteRequestDialog({ request }: ExecuteProps) {
  const isErasure = request.type === "erasure";
  return (
    <RequestActionDialog
      requestId={request.id}
      triggerLabel={isErasure ? "Execute erasure" : "Execute"}
      triggerVariant={isErasure ? "danger" : "primary"}
      title={isErasure ? "Erase this person?" : "Execute this access request?"}
      description={
        isErasure
          ? "Their key is destroyed, their identifiers unlinked, their account scrubbed and their API keys revoked. Audit events are kept as unreadable ciphertext. This cannot be undone."
          : request.subjectId
            ? "Gatehouse gathers everything it holds about the person; then you can export it as JSON, CSV or XML."
            : "No one was found for this identifier: the answer will say that Gatehouse holds nothing about them."
      }
      submitLabel={isErasure ? "Erase permanently" : "Execute"}
      pendingLabel="Starting…"
      tone={isErasure ? "danger" : "primary"}
      successMessage={(answered) =>
        answered.state === "on_hold"
          ? "A legal hold covers this person: the erasure waits until it is released."
          : "Execution started."
      }
      read={(form) => {
        if (isErasure && String(form.get("confirmation") ?? "").trim() !== request.id)
          return { errors: { confirmation: `Type ${request.id} to confirm` } };
        return { input: { action: "execute" } };
      }}
    >
      {isErasure
        ? (errors, isPending) => (
            <TextField
              id="execute-confirmation"
              label={`Type the request id (${request.id}) to confirm`}
              name="confirmation"
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              error={errors.confirmation}
              disabled={isPending}
            />
          )
        : undefined}
    </RequestActionDialog>
  );
}
