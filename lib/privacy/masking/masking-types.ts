// The shapes masking shares with its callers (the gateway, the audit writer, the console's test page).
// The keyed hash and the token store are handed in, so this layer stays pure: no key, no database.
import type { Finding, PiiKind } from "@/lib/privacy/detection/detection-types";

export const MASK_STRATEGIES = ["full", "partial", "hash", "tokenize", "redact"] as const;
export type MaskStrategy = (typeof MASK_STRATEGIES)[number];

/** Both functions receive the normalized value (normalize-finding-value.ts): jane@example.com, +12025550143. */
export type MaskingContext = {
  /** A keyed HMAC of the value, hex. Never a bare SHA-256: a dictionary reverses those for emails and phones. */
  keyedHash(value: string): string;
  /** A stable token for the value, e.g. "<EMAIL_7f3a9c>", that `privacy:reveal` holders can resolve. */
  tokenFor(kind: PiiKind, value: string): string;
};

/** Which strategy masks a finding, or null to leave it as it is. */
export type StrategyFor = (finding: Finding) => MaskStrategy | null;
