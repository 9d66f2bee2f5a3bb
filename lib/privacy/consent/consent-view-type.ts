// The REST API's JSON shapes of purposes and consent records. Types only, so client code may import them.
import type { ConsentDecision, ConsentSource, LegalBasis } from "@/lib/privacy/consent/schemas";

export type PurposeView = {
  key: string;
  name: string;
  description: string;
  legalBasis: LegalBasis;
  isBuiltIn: boolean;
  /** consent records naming it (a purpose with records cannot be deleted) */
  recordCount: number;
  createdAt: string;
  updatedAt: string;
};

export type ConsentRecordView = {
  id: number;
  subjectId: string;
  purpose: string;
  decision: ConsentDecision;
  noticeVersion: string | null;
  source: ConsentSource;
  /** "user" with the user's id, "api_key" with the key's id, or "system" */
  recordedBy: { type: "user" | "api_key" | "system"; id: string | null; label: string | null };
  recordedAt: string;
};

/** The answer of POST /api/v1/consents/import (dry run or real). */
export type ConsentImportResult = {
  dryRun: boolean;
  rows: number;
  /** every bad row, 1-based line numbers including the header line */
  errors: { line: number; message: string }[];
  /** records written (0 on a dry run or when there are errors) */
  imported: number;
};
