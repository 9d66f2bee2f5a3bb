import type { ChainProblemKind } from "@/lib/audit/seal/integrity-types";

/** What each kind of chain problem means, in a few words for the page. */
export const PROBLEM_KIND_LABELS: Record<ChainProblemKind, string> = {
  event_edited: "Event edited",
  event_missing: "Event deleted",
  event_inserted: "Event inserted",
  payload_edited: "Tool arguments edited",
  payload_dropped_without_purge: "Tool arguments removed outside retention",
  tombstone_without_purge: "Event deleted outside retention",
  redaction_unvouched: "Redaction not vouched for",
  seal_edited: "Seal edited",
  seal_chain_broken: "Seal chain broken",
  seal_missing: "Seal deleted",
};
