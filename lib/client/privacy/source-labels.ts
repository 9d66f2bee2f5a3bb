import type { ConsentSource } from "@/lib/privacy/consent/schemas";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

/** Where a person was first seen. */
export const SUBJECT_SOURCE_LABELS: Record<SubjectView["source"], string> = {
  console: "Console",
  gateway: "Gateway call",
  api: "REST API",
  import: "CSV import",
};

/** How a consent record reached the ledger. */
export const CONSENT_SOURCE_LABELS: Record<ConsentSource, string> = {
  console: "Console",
  api: "REST API",
  import: "CSV import",
};
