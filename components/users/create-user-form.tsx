"use client";

import { useState, type FormEvent } from "react";
import { RolePicker } from "@/components/console/role-picker";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCreateUser } from "@/lib/client/users/use-create-user";
import { TextField } from "@/components/ui/text-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

type FieldErrors = Partial<Record<"email" | "name" | "password" | "roles", string>>;

const PASSWORD_HINT = "At least 12 characters. Share it with them privately.";

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const createUser = useCreateUser();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (roles.length === 0) return setErrors({ roles: "Choose at least one role" });
    const name = String(form.get("name") ?? "").trim();
    setErrors({});
    try {
      const { user } = await createUser.mutateAsync({
        email: String(form.get("email") ?? "").trim(),
        ...(name ? { name } : {}),
        password: String(form.get("password") ?? ""),
        roles,
      });
      toast.success(`Created ${user.email}.`);
      onDone();
    } catch (error) {
      // A taken email comes back as a conflict without field details: shown on the field.
      const { errors: next, hasAny } = formFieldErrors(error, ["email", "name", "password", "roles"], {
        conflictField: "email",
      });
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = createUser.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <TextField
        id="new-user-email"
        label="Email"
        error={errors.email}
        name="email"
        type="email"
        required
        autoComplete="off"
        disabled={isPending}
      />
      <TextField
        id="new-user-name"
        label="Name (optional)"
        error={errors.name}
        name="name"
        autoComplete="off"
        maxLength={120}
        disabled={isPending}
      />
      <TextField
        id="new-user-password"
        label="Password"
        hint={PASSWORD_HINT}
        error={errors.password}
        name="password"
        type="password"
        required
        minLength={12}
        autoComplete="new-password"
        disabled={isPending}
      />
      <RolePicker
        id="new-user-roles"
        value={roles}
        onChange={setRoles}
        error={errors.roles}
        disabled={isPending}
      />
      <DialogFormFooter submitLabel="Create user" pendingLabel="Creating…" isPending={isPending} />
    </form>
  );
}
