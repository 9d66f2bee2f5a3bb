"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import {
  suggestSlug,
  type FieldErrors,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";
import { TextField } from "@/components/ui/text-field";

export type ServerIdentityFieldsProps = {
  values: ServerFormValues;
  onChange: (patch: Partial<ServerFormValues>) => void;
  errors: FieldErrors;
  /** Saved servers keep their slug: it is part of every exposed tool name. */
  isSlugEditable: boolean;
  /** Until the person types a slug, it follows the name (again, once they empty it). */
  isSlugTouched: boolean;
  onSlugTouchedChange: (isTouched: boolean) => void;
};

const SLUG_HINT = "Lowercase letters, digits and -. Agents see its tools as <slug>__<tool>.";

export function ServerIdentityFields({
  values,
  onChange,
  errors,
  isSlugEditable,
  isSlugTouched,
  onSlugTouchedChange,
}: ServerIdentityFieldsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="server-name"
          label="Name"
          error={errors.name}
          value={values.name}
          required
          maxLength={120}
          autoComplete="off"
          onChange={(e) => {
            const name = e.currentTarget.value;
            onChange(isSlugEditable && !isSlugTouched ? { name, slug: suggestSlug(name) } : { name });
          }}
        />
        {isSlugEditable ? (
          <TextField
            id="server-slug"
            label="Slug"
            hint={SLUG_HINT}
            error={errors.slug}
            value={values.slug}
            required
            maxLength={32}
            pattern="[a-z0-9][a-z0-9\-]{0,31}"
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            onChange={(e) => {
              const slug = e.currentTarget.value;
              onSlugTouchedChange(slug !== "");
              onChange({ slug });
            }}
          />
        ) : (
          <div className="space-y-1.5">
            <p className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Slug</p>
            <p className="flex h-9 items-center font-mono text-sm text-zinc-900 dark:text-zinc-100">
              {values.slug}
            </p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              Fixed once saved: agents know its tools by it.
            </p>
          </div>
        )}
      </div>
      <FormField id="server-description" label="Description (optional)" error={errors.description}>
        <Textarea
          id="server-description"
          value={values.description}
          rows={2}
          maxLength={1000}
          hasError={!!errors.description}
          aria-describedby={describedBy("server-description", { error: errors.description })}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
        />
      </FormField>
    </>
  );
}
