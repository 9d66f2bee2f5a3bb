"use client";

import { useState, type FormEvent } from "react";
import { RolePicker } from "@/components/console/role-picker";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCreateUser } from "@/lib/client/users/use-create-user";

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
      <FormField id="new-user-email" label="Email" error={errors.email}>
        <Input
          id="new-user-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          hasError={!!errors.email}
          aria-describedby={describedBy("new-user-email", { error: errors.email })}
          disabled={isPending}
        />
      </FormField>
      <FormField id="new-user-name" label="Name (optional)" error={errors.name}>
        <Input
          id="new-user-name"
          name="name"
          autoComplete="off"
          maxLength={120}
          hasError={!!errors.name}
          aria-describedby={describedBy("new-user-name", { error: errors.name })}
          disabled={isPending}
        />
      </FormField>
      <FormField id="new-user-password" label="Password" hint={PASSWORD_HINT} error={errors.password}>
        <Input
          id="new-user-password"
          name="password"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
          hasError={!!errors.password}
          aria-describedby={describedBy("new-user-password", { error: errors.password, hint: PASSWORD_HINT })}
          disabled={isPending}
        />
      </FormField>
      <RolePicker
        id="new-user-roles"
        value={roles}
        onChange={setRoles}
        error={errors.roles}
        disabled={isPending}
      />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary" disabled={isPending}>
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Creating…" : "Create user"}
        </Button>
      </DialogFooter>
    </form>
  );
}
