import "server-only";
import type { ErasureStepName } from "@/lib/privacy/erasure/erasure-progress";
import { redactLegacyEvents } from "@/lib/audit/redaction/redact-legacy-events";
import { deleteSubjectExports } from "@/lib/privacy/access/delete-subject-exports";

// The seams of the erasure job: work other modules own, handed in so that one line here wires it.

/** One batch of the legacy redaction (lib/audit/redaction/redact-legacy-events.ts). */
export type LegacyRedactionBatch = {
  /** the person's pseudonym: legacy rows get it in place of their keyed hashes */
  subjectId: string;
  /** the subject key their plain ip / user agent is re-encrypted under, before "shred" destroys it */
  keyId: string;
  /** keyed hashes (subjectHashOf) of the person's email identifiers: how legacy rows name them */
  legacyHashes: readonly string[];
  requestId: string;
  /** resume after this event id (0 to start) */
  afterId: number;
};

export type LegacyRedactionResult = { redacted: number; lastId: number; done: boolean };

export type ErasureDeps = {
  /**
   * Rewrites one batch of the person's legacy audit rows (lib/audit/redaction): idempotent (a
   * redacted row no longer matches), so a resumed job goes on from its saved afterId. Absent: the
   * step does nothing and counts 0.
   */
  redactLegacyEvents?: (batch: LegacyRedactionBatch) => Promise<LegacyRedactionResult>;
  /** Deletes the person's access export files and rows; returns how many exports went. */
  deleteSubjectExports: (subjectId: string) => Promise<{ deleted: number }>;
  /** Called after each step has finished and its progress is saved (tests make a job fail here). */
  afterStep?: (step: ErasureStepName) => void | Promise<void>;
};

/** What executeErasure uses unless told otherwise (tests hand in their own). */
export const DEFAULT_ERASURE_DEPS: ErasureDeps = {
  redactLegacyEvents,
  deleteSubjectExports,
};
