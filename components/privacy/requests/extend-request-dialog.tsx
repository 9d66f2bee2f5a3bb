"use client";

import { useState } from "react";
import { ReasonField, readReason } from "@/components/privacy/requests/reason-field";
import { RequestActionDialog } from "@/components/privacy/requests/request-action-dialog";
import { TextField } from "@/components/ui/text-field";
import { formatDate } from "@/lib/client/format-date";
import { extendedDueAt, remainingExtensionDays } from "@/lib/client/privacy/requests/extension-days";
import { MAX_EXTENSION_DAYS } from "@/lib/privacy/requests/request-deadlines";
import type { PrivacyRequestView } from "@/lib/privacy/requests/request-types";

type ExtendProps = { request: Pick<PrivacyRequestView, "id" | "dueAt" | "initialDueAt"> };

/**
 * "Extend": more time where the request is complex or there are many (Art. 12(3)), at most 60 days
 * past the initial deadline in all; the reason is for the person, who must be told within the first month.
 */
export function ExtendRequestDialog({ request }: ExtendProps) {
  const remaining = remainingExtensionDays(request.initialDueAt, request.dueAt);
  if (remaining === 0)
    return (
      <p className="self-center text-sm text-zinc-600 dark:text-zinc-400">
        Extended by the most allowed ({MAX_EXTENSION_DAYS} days).
      </p>
    );
  return (
    <RequestActionDialog
      requestId={request.id}
      triggerLabel="Extend deadline"
      title="Extend the deadline"
      description={`Due ${formatDate(request.dueAt)}. An extension may add up to ${MAX_EXTENSION_DAYS} days past the initial deadline (${formatDate(request.initialDueAt)}) in all; ${remaining} days are left.`}
      submitLabel="Extend"
      pendingLabel="Extending…"
      successMessage="Deadline extended."
      fieldNames={["days", "reason"]}
      read={(form) => {
        const days = Number(form.get("days"));
        const read = readReason(form);
        const daysError =
          Number.isInteger(days) && days >= 1 && days <= remaining
            ? undefined
            : `Whole days from 1 to ${remaining}`;
        if (daysError || "error" in read)
          return { errors: { days: daysError, reason: "error" in read ? read.error : undefined } };
        return { input: { action: "extend", body: { days, reason: read.reason } } };
      }}
    >
      {(errors, isPending) => (
        <ExtendFields dueAt={request.dueAt} remaining={remaining} errors={errors} isPending={isPending} />
      )}
    </RequestActionDialog>
  );
}

type ExtendFieldsProps = {
  dueAt: string;
  remaining: number;
  errors: Record<string, string | undefined>;
  isPending: boolean;
};

function ExtendFields({ dueAt, remaining, errors, isPending }: ExtendFieldsProps) {
  const [days, setDays] = useState(String(Math.min(30, remaining)));
  const parsed = Number(days);
  const isValid = Number.isInteger(parsed) && parsed >= 1 && parsed <= remaining;
  return (
    <>
      <TextField
        id="extend-days"
        label="Days to add"
        name="days"
        type="number"
        inputMode="numeric"
        min={1}
        max={remaining}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        hint={isValid ? `New due date: ${formatDate(extendedDueAt(dueAt, parsed))}` : `1 to ${remaining}`}
        error={errors.days}
        disabled={isPending}
      />
      <ReasonField
        id="extend-reason"
        hint="Why more time is needed; the person must be told this."
        error={errors.reason}
        disabled={isPending}
      />
    </>
  );
}
