import { EXPORT_COLUMNS } from "@/lib/audit/export/export-columns";

// What an access export holds (GDPR Art. 15/20), section by section, in file order. The same
// sections and columns in every format: JSON arrays, one CSV file each in the zip, XML elements.

export const SUBJECT_EXPORT_FORMAT = "gatehouse-subject-export-v1";

export const SUBJECT_EXPORT_FORMATS = ["json", "csv", "xml"] as const;
export type SubjectExportFormat = (typeof SUBJECT_EXPORT_FORMATS)[number];

export const SECTION_NAMES = [
  "identifiers",
  "consents",
  "requests",
  "request_transitions",
  "account",
  "api_keys",
  "audit_events",
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export type SectionCounts = Record<SectionName, number>;

export const SECTION_COLUMNS: Record<SectionName, readonly string[]> = {
  identifiers: ["kind", "value", "createdAt"],
  consents: ["id", "purpose", "decision", "noticeVersion", "source", "recordedByType", "recordedAt"],
  requests: [
    "id",
    "type",
    "state",
    "identifierKind",
    "identifierHint",
    "receivedAt",
    "dueAt",
    "extensionReason",
    "verificationMethod",
    "verificationReference",
    "verifiedAt",
    "approvedAt",
    "executionStartedAt",
    "completedAt",
    "closedReason",
    "failure",
  ],
  request_transitions: [
    "requestId",
    "id",
    "action",
    "fromState",
    "toState",
    "actorType",
    "reason",
    "createdAt",
  ],
  account: ["id", "email", "name", "roles", "isDisabled", "createdAt", "lastSignInAt"],
  api_keys: ["name", "prefix", "roles", "createdAt", "lastUsedAt", "expiresAt", "revokedAt"],
  audit_events: EXPORT_COLUMNS,
};

/** One record of a section: its columns' values (structured values stay JSON values). */
export type ExportRow = Record<string, unknown>;

export type ExportSection = { name: SectionName; batches: AsyncIterable<ExportRow[]> };

/** What the file says about itself before the sections. */
export type ExportHeader = {
  format: typeof SUBJECT_EXPORT_FORMAT;
  exportId: string;
  requestId: string;
  subjectId: string | null;
  found: boolean;
  createdAt: string;
  /** a sentence for the person reading it, e.g. that nothing was found */
  notice: string;
};

export function zeroCounts(): SectionCounts {
  return {
    identifiers: 0,
    consents: 0,
    requests: 0,
    request_transitions: 0,
    account: 0,
    api_keys: 0,
    audit_events: 0,
  };
}
