"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { CategoryCheckboxes } from "@/components/privacy/declarations/category-checkboxes";
import { ChipsInput } from "@/components/privacy/declarations/chips-input";
import { PurposePicker } from "@/components/privacy/declarations/purpose-picker";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import {
  argumentPathSchema,
  privacyDeclarationSchema,
  type PrivacyDeclaration,
} from "@/lib/privacy/declarations/privacy-declaration";
import { ApiError } from "@/lib/client/api-error";
import { suggestIdentifyingArguments } from "@/lib/client/privacy/identifying-argument-suggestions";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";

const FIELDS = ["purposes", "categories", "identifyingArguments", "requiresSubject"] as const;
type Field = (typeof FIELDS)[number];

const EMPTY: PrivacyDeclaration = {
  purposes: [],
  categories: [],
  identifyingArguments: [],
  requiresSubject: false,
};

export type DeclarationEditorProps = {
  /** prefix of the inputs' ids, unique on the page */
  id: string;
  /** what the form starts from: the current declaration (or the inherited one, to adjust) */
  initial: PrivacyDeclaration | null;
  /** the tool's input schema, to suggest identifying arguments; a server default has none */
  inputSchema?: unknown;
  /** PUT the declaration; throws the ApiError on failure */
  onSave: (declaration: PrivacyDeclaration) => Promise<void>;
  isPending: boolean;
  saveLabel: string;
  /** more actions beside Save (for example "Use server default") */
  extraActions?: ReactNode;
};

function validateArgument(text: string): string | null {
  const parsed = argumentPathSchema.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Not an argument path");
}

/** The server's field errors for a declaration ("declaration.purposes.0" and the like). */
function serverErrors(error: unknown): Partial<Record<Field, string>> | null {
  if (!(error instanceof ApiError)) return null;
  const errors: Partial<Record<Field, string>> = {};
  for (const field of FIELDS)
    errors[field] = error.fieldError(`declaration.${field}`) ?? error.fieldError(field);
  return Object.values(errors).some(Boolean) ? errors : null;
}

/** Edits one privacy declaration: purposes, data categories, identifying arguments, subject required. */
export function DeclarationEditor(props: DeclarationEditorProps) {
  const { id, initial, inputSchema, onSave, isPending, saveLabel, extraActions } = props;
  const [draft, setDraft] = useState<PrivacyDeclaration>(initial ?? EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const toast = useToast();
  const set = <K extends Field>(field: K, value: PrivacyDeclaration[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkWithSchema(privacyDeclarationSchema, draft);
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    try {
      await onSave(draft);
    } catch (error) {
      const next = serverErrors(error);
      if (next) setErrors(next);
      else toastApiError(toast, error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <PurposePicker
        id={`${id}-purposes`}
        value={draft.purposes}
        onChange={(v) => set("purposes", v)}
        error={errors.purposes}
        disabled={isPending}
      />
      <CategoryCheckboxes
        id={`${id}-categories`}
        value={draft.categories}
        onChange={(v) => set("categories", v)}
        error={errors.categories}
        disabled={isPending}
      />
      <ChipsInput
        id={`${id}-arguments`}
        label="Identifying arguments"
        hint="Arguments whose value names the person a call is about (an email, phone or external id); dots for nested fields."
        error={errors.identifyingArguments}
        values={draft.identifyingArguments}
        onChange={(v) => set("identifyingArguments", v)}
        suggestions={suggestIdentifyingArguments(inputSchema, draft.identifyingArguments)}
        validate={validateArgument}
        placeholder="customer.email"
        disabled={isPending}
      />
      <div className="flex items-start gap-3">
        <Switch
          id={`${id}-requires-subject`}
          checked={draft.requiresSubject}
          onCheckedChange={(v) => set("requiresSubject", v)}
          aria-describedby={`${id}-requires-subject-hint`}
          disabled={isPending}
        />
        <div>
          <label
            htmlFor={`${id}-requires-subject`}
            className="text-sm font-medium text-zinc-800 dark:text-zinc-200"
          >
            Requires a subject
          </label>
          <p id={`${id}-requires-subject-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
            Refuse calls that name no person (no header, no _meta subject, no identifying argument).
          </p>
          {errors.requiresSubject ? (
            <p className="text-xs font-medium text-red-600 dark:text-red-400">{errors.requiresSubject}</p>
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : saveLabel}
        </Button>
        {extraActions}
      </div>
    </form>
  );
}
