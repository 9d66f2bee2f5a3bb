"use client";

import { Eye } from "lucide-react";
import { useState, type FormEvent } from "react";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { RevealReasonField } from "@/components/privacy/reveal/reveal-reason-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import type { RevealedToken } from "@/lib/privacy/policies/reveal-token";
import { revealTokenSchema } from "@/lib/privacy/policies/schemas";
import { ApiError } from "@/lib/client/api-error";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { useRevealToken } from "@/lib/client/privacy/use-reveal-token";
import { toastApiError } from "@/lib/client/toast-api-error";

const FIELDS = ["token", "reason"] as const;
type Field = (typeof FIELDS)[number];

/**
 * For privacy:reveal holders: the value behind a token an agent or a stored argument carries
 * (`<EMAIL_…>`). Shown here only, until the next lookup; the reveal and its reason are audited.
 */
export function TokenLookupPanel() {
  const [token, setToken] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [revealed, setRevealed] = useState<RevealedToken | null>(null);
  const reveal = useRevealToken();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRevealed(null);
    const check = checkWithSchema(revealTokenSchema, { token: token.trim(), reason });
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    try {
      setRevealed(await reveal.mutateAsync(check.data));
    } catch (error) {
      if (error instanceof ApiError && error.code === "not_found") return setErrors({ token: error.message });
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  return (
    <PrivacySection
      title="Look up a token"
      id="token-lookup"
      description="Tokenized values are stable per value and turn back into it only here, with a reason that is recorded in the audit trail."
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4 lg:grid-cols-2">
        <TextField
          id="token-lookup-token"
          label="Token"
          placeholder="<EMAIL_7f3a9c01b2e4>"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => {
            setToken(e.currentTarget.value);
            setErrors((current) => ({ ...current, token: undefined }));
          }}
          error={errors.token}
          disabled={reveal.isPending}
        />
        <div>
          <RevealReasonField
            id="token-lookup-reason"
            value={reason}
            onChange={(next) => {
              setReason(next);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            error={errors.reason}
            disabled={reveal.isPending}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
          <Button type="submit" variant="secondary" disabled={reveal.isPending}>
            <Eye aria-hidden="true" />
            {reveal.isPending ? "Revealing…" : "Reveal value"}
          </Button>
          {revealed ? (
            <p role="status" className="text-sm text-zinc-800 dark:text-zinc-200">
              <span className="font-mono">{revealed.token}</span> ({revealed.kind}) is{" "}
              <span className="rounded bg-amber-50 px-1.5 py-0.5 font-mono text-amber-900 dark:bg-amber-500/15 dark:text-amber-200">
                {revealed.value}
              </span>
            </p>
          ) : null}
        </div>
      </form>
    </PrivacySection>
  );
}
