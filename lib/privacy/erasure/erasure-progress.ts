// What an erasure job saves after every step and batch (PrivacyRequest.progress), so that a
// restarted process resumes where the last one stopped. Nothing personal: user ids, subject key
// ids, counts and a vault cursor (a token, derived from a value by a keyed hash) only.
import { z } from "zod";

export const ERASURE_STEPS = [
  "collect",
  "legacy_events",
  "vault",
  "account",
  "exports",
  "audit_exports",
  "registry",
  "shred",
  "certificate",
] as const;
export type ErasureStepName = (typeof ERASURE_STEPS)[number];

const count = z.number().int().min(0).default(0);

export const erasureCountsSchema = z.object({
  /** events naming the person (pseudonym, or legacy keyed hash), unreadable once the key is gone */
  auditEvents: count,
  /** legacy events rewritten (keyed hashes dropped, ip/user agent re-encrypted) before the shred */
  legacyEventsRedacted: count,
  identifiersDeleted: count,
  vaultTokensDeleted: count,
  accountsScrubbed: count,
  sessionsEnded: count,
  rolesRemoved: count,
  apiKeysRevoked: count,
  exportsDeleted: count,
  /** audit exports whose filters or stored manifest named the person by address */
  auditExportsScrubbed: count,
  /** the person's requests (this one included) whose identifier hint and verification reference went */
  requestsAnonymized: count,
  legalHoldsAnonymized: count,
  subjectKeysDestroyed: count,
  consentRecordsKept: count,
  legalHoldsReleased: count,
});
export type ErasureCounts = z.infer<typeof erasureCountsSchema>;

export const erasureProgressSchema = z.object({
  /** the step being worked on, or the last one finished */
  step: z.enum(ERASURE_STEPS),
  completed: z.array(z.enum(ERASURE_STEPS)).default([]),
  /** within a batched step: where the next batch starts */
  cursor: z.string().optional(),
  counts: erasureCountsSchema.default(erasureCountsSchema.parse({})),
  /** console accounts whose email was one of the person's (found in "collect") */
  userIds: z.array(z.string()).default([]),
  /** subject keys to destroy in "shred": the subject's, and any the trail used for their emails */
  keyIds: z.array(z.string()).default([]),
  /** set by "certificate", so that a run resumed after it returns the same certificate */
  certificate: z.string().optional(),
});
export type ErasureProgress = z.infer<typeof erasureProgressSchema>;

export function newErasureProgress(): ErasureProgress {
  return erasureProgressSchema.parse({ step: "collect" });
}

/** The saved progress, or a fresh start; progress this code cannot read is an error, never a restart. */
export function readErasureProgress(saved: Record<string, unknown> | null): ErasureProgress {
  if (saved === null) return newErasureProgress();
  const parsed = erasureProgressSchema.safeParse(saved);
  if (!parsed.success) throw new Error("The erasure's saved progress is unreadable; it cannot resume.");
  return parsed.data;
}
