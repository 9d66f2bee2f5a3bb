import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";

/** Why a purpose cannot be deleted (the server answers 409 for the same reasons); null when it can. */
export function purposeDeleteBlocker(purpose: PurposeView): string | null {
  if (purpose.isBuiltIn) return "Built-in purposes cannot be deleted.";
  if (purpose.recordCount > 0) {
    const records =
      purpose.recordCount === 1 ? "1 consent record names" : `${purpose.recordCount} consent records name`;
    return `${records} it. The ledger keeps its history, so the purpose stays.`;
  }
  return null;
}
