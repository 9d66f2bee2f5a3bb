"use client";

import { useState, type FormEvent } from "react";
import { inheritanceChain } from "@/lib/client/roles/role-draft";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast-context";
import type { KeyView } from "@/lib/keys/key-view-type";
import { MAX_RATE_LIMIT_PER_MINUTE } from "@/lib/roles/schemas";
import { rateLimitInputError } from "@/lib/client/roles/rate-limit-input-error";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCan } from "@/lib/client/me/use-can";
import { useRoles } from "@/lib/client/roles/use-roles";
import { useUpdateKey } from "@/lib/client/keys/use-update-key";
import { TextField } from "@/components/ui/text-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

type FieldErrors = Partial<Record<"name" | "rateLimitPerMinute", string>>;

export type EditKeyDialogProps = { apiKey: KeyView; onOpenChange: (open: boolean) => void };

/** The limit the key falls back to without its own: the most generous of its roles' limits. */
function useRolesLimit(roleNames: readonly string[]): number | null | undefined {
  const canReadRoles = useCan("roles:read");
  const roles = useRoles({ enabled: canReadRoles });
  if (!roles.data) return undefined;
  // As the gateway computes it: every role the key holds, and the roles those inherit from.
  const held = roles.data
    .filter((r) => roleNames.includes(r.name))
    .flatMap((r) => [r, ...inheritanceChain(r.inherits, roles.data)]);
  const limits = held.map((r) => r.rateLimitPerMinute ?? 0).filter((n) => n > 0);
  return limits.length ? Math.max(...limits) : null;
}

/** Rename a key or set (or clear) its own rate limit. */
export function EditKeyDialog({ apiKey, onOpenChange }: EditKeyDialogProps) {
  const [name, setName] = useState(apiKey.name);
  const [rate, setRate] = useState(apiKey.rateLimitPerMinute ? String(apiKey.rateLimitPerMinute) : "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const updateKey = useUpdateKey();
  const toast = useToast();
  const rolesLimit = useRolesLimit(apiKey.roles);
  const rateHint =
    rolesLimit === undefined
      ? "Empty: the key uses its roles' limit, or the gateway default."
      : rolesLimit === null
        ? "Empty: its roles set no limit, so the gateway default applies."
        : `Empty: the limit of its roles, ${rolesLimit.toLocaleString()} calls per minute.`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = rate.trim();
    const rateError = rateLimitInputError(trimmed);
    if (rateError) return setErrors({ rateLimitPerMinute: rateError });
    setErrors({});
    try {
      const { key } = await updateKey.mutateAsync({
        id: apiKey.id,
        body: { name: name.trim(), rateLimitPerMinute: trimmed === "" ? null : Number(trimmed) },
      });
      toast.success(`Saved ${key.name}.`);
      onOpenChange(false);
    } catch (error) {
      const { errors: next, hasAny } = formFieldErrors(error, ["name", "rateLimitPerMinute"]);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = updateKey.isPending;
  return (
    <Dialog open onOpenChange={(open) => !isPending && onOpenChange(open)}>
      <DialogContent
        title={`Edit ${apiKey.name}`}
        description="Changes apply from the key's next request. Its roles and expiry stay as they are."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <TextField
            id="edit-key-name"
            label="Name"
            error={errors.name}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={80}
            autoComplete="off"
            disabled={isPending}
          />
          <FormField
            id="edit-key-rate"
            label="Rate limit (per minute)"
            hint={rateHint}
            error={errors.rateLimitPerMinute}
          >
            <div className="flex gap-2">
              <Input
                id="edit-key-rate"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_RATE_LIMIT_PER_MINUTE}
                step={1}
                value={rate}
                onChange={(e) => {
                  setRate(e.currentTarget.value);
                  setErrors((current) => ({ ...current, rateLimitPerMinute: undefined }));
                }}
                placeholder="Use its roles' limit"
                hasError={!!errors.rateLimitPerMinute}
                aria-describedby={describedBy("edit-key-rate", {
                  error: errors.rateLimitPerMinute,
                  hint: rateHint,
                })}
                disabled={isPending}
              />
              {rate !== "" ? (
                <Button variant="secondary" onClick={() => setRate("")} disabled={isPending}>
                  Clear
                </Button>
              ) : null}
            </div>
          </FormField>
          <DialogFormFooter submitLabel="Save" pendingLabel="Saving…" isPending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
