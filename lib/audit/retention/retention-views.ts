// What the retention API answers, as it travels (dates as ISO strings). Shared with the console.
import type { RetentionClassKey, RetentionMode } from "@/lib/audit/retention/retention-classes";

export type RetentionClassView = {
  key: RetentionClassKey;
  label: string;
  description: string;
  categories: readonly string[];
  /** Also covers any category no other class names. */
  isCatchAll: boolean;
  mode: RetentionMode;
  days: number;
  defaultDays: number;
  /** When the days were last set; null while the default applies. */
  updatedAt: string | null;
};

export type RetentionClassRun = {
  policy: RetentionClassKey;
  mode: RetentionMode;
  /** Sealed events created before this instant were due. */
  cutoff: string;
  /** Events deleted (delete) or stripped of their tool-call arguments (drop_payload). */
  purged: number;
  /** Due events kept because an active legal hold covers them. */
  heldBack: number;
  /** The AuditPurge row that vouches for this run's tombstones or dropped payloads. */
  purgeId: string | null;
};

export type RetentionRunSummary = {
  ranAt: string;
  trigger: "scheduled" | "manual";
  /** Events up to this id were sealed, so only they could be purged. 0 when nothing is sealed yet. */
  sealedUpToId: number;
  classes: RetentionClassRun[];
};

export type RetentionRunResult =
  ({ status: "completed" } & RetentionRunSummary) | { status: "skipped"; reason: string };

export type LegalHoldView = {
  id: string;
  reason: string;
  fromTime: string | null;
  toTime: string | null;
  actorId: string | null;
  /** The actor's email or key name; null when the actor no longer exists. */
  actorLabel: string | null;
  /** The data subject's pseudonym ("ds_…") when the hold covers a person. */
  subjectId: string | null;
  /** Masked email of the data subject, e.g. "j***@example.com"; the address itself is never stored. */
  subjectHint: string | null;
  createdAt: string;
  createdBy: string | null;
  releasedAt: string | null;
  releasedBy: string | null;
  status: "active" | "released";
};
