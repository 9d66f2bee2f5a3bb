// "Import" is offered only after a clean dry run of exactly the text that would be imported, so what
// was checked is what gets written.
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";

export type DryRun = { text: string; result: ConsentImportResult };

/** Whether the text may be imported: its own dry run found rows and no errors. */
export function isReadyToImport(text: string, lastDryRun: DryRun | null): boolean {
  return (
    lastDryRun !== null &&
    lastDryRun.text === text &&
    lastDryRun.result.errors.length === 0 &&
    lastDryRun.result.rows > 0
  );
}

/** The dry run's result while it still describes the text; null once the text has changed. */
export function currentDryRun(text: string, lastDryRun: DryRun | null): ConsentImportResult | null {
  return lastDryRun && lastDryRun.text === text ? lastDryRun.result : null;
}

/** The Import tab's state, held above the tabs so switching tabs keeps the pasted text. */
export type ImportDraft = { text: string; lastDryRun: DryRun | null };

export const EMPTY_IMPORT_DRAFT: ImportDraft = { text: "", lastDryRun: null };
