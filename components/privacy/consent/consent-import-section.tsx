"use client";

import { CircleCheck, ListChecks, Upload } from "lucide-react";
import { CsvFormatHelp } from "@/components/privacy/consent/csv-format-help";
import { CsvTextInput } from "@/components/privacy/consent/csv-text-input";
import { ImportProblemsTable } from "@/components/privacy/consent/import-problems-table";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { useToast } from "@/components/ui/toast-context";
import { importErrorRows, type ImportErrorRow } from "@/lib/client/privacy/import-error-rows";
import {
  currentDryRun,
  EMPTY_IMPORT_DRAFT,
  isReadyToImport,
  type ImportDraft,
} from "@/lib/client/privacy/import-readiness";
import { useImportConsents } from "@/lib/client/privacy/use-import-consents";
import { toastApiError } from "@/lib/client/toast-api-error";
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";

export type ConsentImportSectionProps = {
  draft: ImportDraft;
  onDraftChange: (draft: ImportDraft) => void;
  canWrite: boolean;
};

function records(n: number): string {
  return `${n.toLocaleString()} consent ${n === 1 ? "record" : "records"}`;
}

/**
 * CSV import in two steps: a dry run that lists every bad row, then the import of exactly the
 * text that passed. Nothing here clears the text except a successful import.
 */
export function ConsentImportSection({ draft, onDraftChange, canWrite }: ConsentImportSectionProps) {
  const importConsents = useImportConsents();
  const toast = useToast();
  const { text } = draft;
  const checked = currentDryRun(text, draft.lastDryRun);
  const isReady = isReadyToImport(text, draft.lastDryRun);

  async function checkText() {
    const csv = text;
    try {
      const result = await importConsents.mutateAsync({ csv, isDryRun: true });
      onDraftChange({ text: csv, lastDryRun: { text: csv, result } });
    } catch (error) {
      const problems = importErrorRows(error);
      if (problems) onDraftChange({ text: csv, lastDryRun: { text: csv, result: failed(problems) } });
      else toastApiError(toast, error);
    }
  }

  async function importText() {
    const csv = text;
    try {
      const result = await importConsents.mutateAsync({ csv, isDryRun: false });
      toast.success(`Imported ${records(result.imported)}.`);
      onDraftChange(EMPTY_IMPORT_DRAFT);
    } catch (error) {
      // The ledger changed since the dry run (a purpose deleted, say): show the rows, keep the text.
      const problems = importErrorRows(error);
      if (!problems) throw error;
      onDraftChange({ text: csv, lastDryRun: { text: csv, result: failed(problems) } });
      toastApiError(toast, error);
    }
  }

  const isPending = importConsents.isPending;
  const isChecking = isPending && importConsents.variables?.isDryRun === true;
  if (!canWrite) {
    return (
      <div className="max-w-3xl space-y-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Importing consent records needs the consent:write capability. This is the format the import takes.
        </p>
        <PrivacySection title="File format" id="consent-import-format">
          <CsvFormatHelp />
        </PrivacySection>
      </div>
    );
  }
  return (
    <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-4">
        <CsvTextInput
          value={text}
          onChange={(next) => onDraftChange({ ...draft, text: next })}
          disabled={isPending}
        />
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={() => void checkText()} disabled={isPending || !text.trim()}>
            <ListChecks aria-hidden="true" />
            {isChecking ? "Checking…" : "Check (dry run)"}
          </Button>
          <ConfirmMutationButton
            trigger={
              <Button disabled={!isReady || isPending}>
                <Upload aria-hidden="true" />
                Import
              </Button>
            }
            title={`Import ${records(checked?.rows ?? 0)}?`}
            description="They are appended to the ledger together, with source CSV import, and apply from the next call. Records cannot be deleted afterwards; a later record replaces one in force."
            confirmLabel={`Import ${records(checked?.rows ?? 0)}`}
            pendingLabel="Importing…"
            isPending={isPending}
            onConfirm={importText}
          />
          {!isReady && text.trim() && !checked ? (
            <span className="text-sm text-zinc-500 dark:text-zinc-400">
              Check the text before importing it.
            </span>
          ) : null}
        </div>
        <CheckOutcome result={checked} />
      </div>
      <PrivacySection title="File format" id="consent-import-format">
        <CsvFormatHelp />
      </PrivacySection>
    </div>
  );
}

/** A check that found bad rows (from a refused request rather than a dry run's answer). */
function failed(problems: ImportErrorRow[]): ConsentImportResult {
  return { dryRun: true, rows: 0, errors: problems, imported: 0 };
}

function CheckOutcome({ result }: { result: ConsentImportResult | null }) {
  if (!result) return null;
  if (result.errors.length > 0) {
    return (
      <section aria-labelledby="consent-import-problems" className="space-y-2">
        <h3 id="consent-import-problems" className="text-sm font-semibold text-red-700 dark:text-red-400">
          {result.errors.length === 1 ? "1 row has a problem" : `${result.errors.length} rows have problems`}.
          Nothing can be imported until every row is fixed.
        </h3>
        <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
          <ImportProblemsTable problems={result.errors} />
        </div>
      </section>
    );
  }
  if (result.rows === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">The text has a header line but no rows.</p>
    );
  return (
    <p
      role="status"
      className="flex items-center gap-2 text-sm font-medium text-emerald-700 dark:text-emerald-400"
    >
      <CircleCheck className="size-4" aria-hidden="true" />
      All {records(result.rows)} are valid. Nothing has been written yet.
    </p>
  );
}
