import "server-only";
import type { ErasureStepName } from "@/lib/privacy/erasure/erasure-progress";
import { deleteSubjectExportsLocally } from "@/lib/privacy/erasure/delete-subject-exports-locally";

// The seams of the erasure job: work other modules own, handed in so that one line here wires it.

export type LegacyRedactionInput = {
  requestId: string;
  /** the person's pseudonym: legacy rows get it in place of their keyed hashes */
  subjectId: string;
  /** the subject key their plain ip / user agent is re-encrypted under, before "shred" destroys it */
  subjectKeyId: string;
  /** keyed hashes (subjectHashOf) of the person's email identifiers: how legacy rows name them */
  emailHashes: string[];
  /** their console accounts: legacy rows may name them as actorId or subjectId */
  userIds: string[];
};

export type ErasureDeps = {
  /**
   * Rewrites the person's legacy audit rows (lib/audit/redaction, the audit helper's): batched,
   * idempotent (a redacted row no longer matches), so a resumed job simply calls it again.
   * Absent: the step does nothing and counts 0.
   */
  redactLegacyEvents?: (input: LegacyRedactionInput) => Promise<{ redacted: number }>;
  /** Deletes the person's access export files and rows; returns how many exports went. */
  deleteSubjectExports: (subjectId: string) => Promise<{ deleted: number }>;
  /** Called after each step has finished and its progress is saved (tests make a job fail here). */
  afterStep?: (step: ErasureStepName) => void | Promise<void>;
};

/**
 * What executeErasure uses unless told otherwise.
 * LEAD, at merge: `import { redactLegacyEvents } from "@/lib/audit/redaction/…"` and add it here;
 * replace deleteSubjectExportsLocally by the access helper's deleteSubjectExports.
 */
export const DEFAULT_ERASURE_DEPS: ErasureDeps = {
  deleteSubjectExports: deleteSubjectExportsLocally,
};
