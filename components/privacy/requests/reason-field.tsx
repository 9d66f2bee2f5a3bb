import { describedBy, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

export type ReasonFieldProps = {
  id: string;
  label?: string;
  hint?: string;
  error?: string;
  disabled: boolean;
};

/** A required "reason" textarea (name="reason"), as reject, cancel and extend ask for it. */
export function ReasonField({ id, label = "Reason", hint, error, disabled }: ReasonFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Textarea
        id={id}
        name="reason"
        rows={3}
        maxLength={1000}
        hasError={!!error}
        aria-describedby={describedBy(id, { error, hint })}
        disabled={disabled}
      />
    </FormField>
  );
}

/** The reason typed, or the message to show when it is empty. */
export function readReason(form: FormData): { reason: string } | { error: string } {
  const reason = String(form.get("reason") ?? "").trim();
  return reason ? { reason } : { error: "Give a reason" };
}
