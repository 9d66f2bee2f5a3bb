// Shapes shared by the sealer, the verifier, the integrity API and the console page (no server code).

export type ChainProblemKind =
  | "event_edited"
  | "event_missing"
  | "event_inserted"
  | "payload_edited"
  | "payload_dropped_without_purge"
  | "tombstone_without_purge"
  | "redaction_unvouched"
  | "seal_edited"
  | "seal_chain_broken"
  | "seal_missing";

export type ChainProblem = { kind: ChainProblemKind; eventId?: number; sealId?: number; message: string };

export type ChainVerification = {
  ok: boolean;
  /** toId of the last seal that verified before the first problem; null when none did. */
  verifiedUpToEventId: number | null;
  sealsChecked: number;
  eventsChecked: number;
  tombstonesChecked: number;
  /** Events after the last seal: not yet covered, so not verified. */
  unsealedEvents: number;
  problem: ChainProblem | null;
  durationMs: number;
};

export type SealingStatus = {
  lastSeal: { id: number; toId: number; createdAt: string } | null;
  /** Seal ids run 1..n, so this is the last seal's id. */
  seals: number;
  unsealedEvents: number;
  oldestUnsealedAt: string | null;
};

/** Who ran a verification, as stored: ids only, the label is looked up when shown. */
export type VerifierRef = { type: "user" | "api_key" | "system"; id: string | null };

export type StoredVerification = ChainVerification & { verifiedAt: string; by: VerifierRef };

/** A stored verification as the API shows it, with a readable name for who ran it. */
export type VerificationView = StoredVerification & { byLabel: string };

export type IntegrityOverview = { sealing: SealingStatus; lastVerification: VerificationView | null };
