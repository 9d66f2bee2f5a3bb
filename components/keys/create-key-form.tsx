"use client";

import { useState, type FormEvent } from "react";
import { RolePicker } from "@/components/console/role-picker";
import { useToast } from "@/components/ui/toast-context";
import { endOfDayIso, tomorrowDateInput } from "@/lib/client/end-of-day-iso";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import type { CreateApiKeyInput } from "@/lib/keys/schemas";
import { rateLimitInputError } from "@/lib/client/roles/rate-limit-input-error";
import { useCreateKey } from "@/lib/client/keys/use-create-key";
import { TextField } from "@/components/ui/text-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

type Field = "name" | "roles" | "expiresAt" | "rateLimitPerMinute";
type FieldErrors = Partial<Record<Field, string>>;

const NAME_HINT = "What uses this key, e.g. “billing-agent”.";
const EXPIRY_HINT = "Optional. The key stops working at the end of this day.";
const RATE_HINT = "Optional. Calls per minute before the gateway answers 429.";

export function CreateKeyForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [minDate] = useState(tomorrowDateInput);
  const createKey = useCreateKey();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (roles.length === 0) return setErrors({ roles: "Choose at least one role" });
    const expires = String(form.get("expiresAt") ?? "");
    const rate = String(form.get("rateLimitPerMinute") ?? "").trim();
    const rateError = rateLimitInputError(rate);
    if (rateError) return setErrors({ rateLimitPerMinute: rateError });
    const body: CreateApiKeyInput = {
      name: String(form.get("name") ?? "").trim(),
      roles,
      ...(expires ? { expiresAt: endOfDayIso(expires) } : {}),
      ...(rate ? { rateLimitPerMinute: Number(rate) } : {}),
    };
    setErrors({});
    try {
      const { key, secret } = await createKey.mutateAsync(body);
      toast.success(`Created key ${key.name}.`);
      onCreated(key.name, secret);
    } catch (error) {
      const { errors: next, hasAny } = formFieldErrors(
        error,
        ["name", "roles", "expiresAt", "rateLimitPerMinute"],
        { conflictField: "name" },
      );
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = createKey.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField
        id="key-name"
        label="Name"
        hint={NAME_HINT}
        error={errors.name}
        name="name"
        required
        maxLength={80}
        autoComplete="off"
        disabled={isPending}
      />
      <RolePicker
        id="key-roles"
        value={roles}
        onChange={setRoles}
        error={errors.roles}
        disabled={isPending}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="key-expires"
          label="Expires on"
          hint={EXPIRY_HINT}
          error={errors.expiresAt}
          name="expiresAt"
          type="date"
          min={minDate}
          disabled={isPending}
        />
        <TextField
          id="key-rate"
          label="Rate limit (per minute)"
          hint={RATE_HINT}
          error={errors.rateLimitPerMinute}
          name="rateLimitPerMinute"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          disabled={isPending}
        />
      </div>
      <DialogFormFooter submitLabel="Create key" pendingLabel="Creating…" isPending={isPending} />
    </form>
  );
}
