"use client";

import { RequestActionDialog } from "@/components/privacy/requests/request-action-dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { VERIFICATION_METHOD_LABELS } from "@/lib/client/privacy/requests/request-labels";
import { VERIFICATION_METHODS } from "@/lib/privacy/requests/schemas";

/** "Verify identity": how the person proved who they are, and a reference to that check. */
export function VerifyIdentityDialog({ requestId }: { requestId: string }) {
  return (
    <RequestActionDialog
      requestId={requestId}
      triggerLabel="Verify identity"
      triggerVariant="primary"
      title="Verify identity"
      description="Record how you made sure the request comes from the person it is about. The reference is stored encrypted under the person's key."
      submitLabel="Record verification"
      pendingLabel="Recording…"
      successMessage="Identity verification recorded."
      fieldNames={["method", "reference"]}
      read={(form) => {
        const method = VERIFICATION_METHODS.find((m) => m === form.get("method"));
        const reference = String(form.get("reference") ?? "").trim();
        if (!method || !reference)
          return {
            errors: {
              method: method ? undefined : "Choose how identity was verified",
              reference: reference ? undefined : "Give a reference for the check",
            },
          };
        return { input: { action: "verify", body: { method, reference } } };
      }}
    >
      {(errors, isPending) => (
        <>
          <FormField id="verify-method" label="Method" error={errors.method}>
            <Select
              id="verify-method"
              name="method"
              defaultValue=""
              hasError={!!errors.method}
              aria-describedby={describedBy("verify-method", { error: errors.method })}
              disabled={isPending}
            >
              <option value="" disabled>
                Choose a method
              </option>
              {VERIFICATION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {VERIFICATION_METHOD_LABELS[m]}
                </option>
              ))}
            </Select>
          </FormField>
          <TextField
            id="verify-reference"
            label="Reference"
            name="reference"
            autoComplete="off"
            hint="Where the proof can be found, e.g. a ticket number or the reply's message id."
            error={errors.reference}
            disabled={isPending}
          />
        </>
      )}
    </RequestActionDialog>
  );
}
