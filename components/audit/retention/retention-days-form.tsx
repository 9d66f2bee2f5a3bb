"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast-context";
import { describeDays } from "@/lib/audit/retention/describe-days";
import { retentionDaysSchema } from "@/lib/audit/retention/schemas";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";
import { ApiError } from "@/lib/client/api-error";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateRetentionDays } from "@/lib/client/audit/use-update-retention-days";

/** What happens to a class's events when they are due, in a sentence. */
function dueEffect(retentionClass: RetentionClassView, days: number): string {
  const label = retentionClass.label.toLowerCase();
  return retentionClass.mode === "drop_payload"
    ? `The next retention run drops the tool-call arguments of events older than ${days} days.`
    : `The next retention run deletes ${label} older than ${days} days.`;
}

/**
 * The days of one class, edited in place. Shortening asks first, since the next run then purges
 * more, and what it purges cannot be brought back.
 */
export function RetentionDaysForm({ retentionClass }: { retentionClass: RetentionClassView }) {
  const [text, setText] = useState(String(retentionClass.days));
  const [error, setError] = useState<string | undefined>();
  const [pendingDays, setPendingDays] = useState<number | null>(null);
  const update = useUpdateRetentionDays();
  const toast = useToast();
  const inputId = `retention-days-${retentionClass.key}`;
  const errorId = `${inputId}-error`;
  const isChanged = text.trim() !== String(retentionClass.days);

  async function save(days: number) {
    try {
      await update.mutateAsync({ key: retentionClass.key, days });
      toast.success(`${retentionClass.label} are now kept for ${days} days.`);
      setPendingDays(null);
    } catch (cause) {
      setPendingDays(null);
      const fieldError = cause instanceof ApiError ? cause.fieldError("days") : undefined;
      if (fieldError) setError(fieldError);
      else toastApiError(toast, cause);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    const parsed = retentionDaysSchema.safeParse(trimmed === "" ? undefined : Number(trimmed));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Enter a whole number of days");
    setError(undefined);
    if (parsed.data === retentionClass.days) return;
    if (parsed.data < retentionClass.days) return setPendingDays(parsed.data);
    void save(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <div className="flex items-center gap-2">
        {/* Input is w-full; its wrapper sets the width, so the unit and the button stay beside it. */}
        <div className="w-24 shrink-0">
          <Input
            id={inputId}
            aria-label={`Days to keep ${retentionClass.label.toLowerCase()}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={36_500}
            step={1}
            value={text}
            hasError={!!error}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(undefined);
            }}
            className="tabular-nums"
            disabled={update.isPending}
          />
        </div>
        <span className="text-sm text-zinc-500 dark:text-zinc-400">days</span>
        {isChanged ? (
          <Button type="submit" size="sm" variant="secondary" disabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save"}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{describeDays(retentionClass.days)}</p>
      )}
      <ConfirmDialog
        open={pendingDays !== null}
        onOpenChange={(open) => !open && setPendingDays(null)}
        title={`Shorten retention of ${retentionClass.label.toLowerCase()}?`}
        description={
          pendingDays === null ? (
            ""
          ) : (
            <>
              From {retentionClass.days} to {pendingDays} days ({describeDays(pendingDays)}).{" "}
              {dueEffect(retentionClass, pendingDays)} Purged data cannot be restored; events under a legal
              hold are kept.
            </>
          )
        }
        confirmLabel={`Keep for ${pendingDays ?? ""} days`}
        pendingLabel="Saving…"
        isPending={update.isPending}
        onConfirm={() => pendingDays !== null && void save(pendingDays)}
      />
    </form>
  );
}
