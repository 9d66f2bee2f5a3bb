import "server-only";
import { createHmac } from "node:crypto";
import { deriveKey } from "@/lib/crypto/master-key";
import type { MaskingContext } from "@/lib/privacy/masking/masking-types";
import { storeTokenBehind } from "@/lib/privacy/policies/token-vault";

/** Hex digits of the keyed hash kept in a token: `<EMAIL_7f3a9c01>`. */
const TOKEN_HEX_LENGTH = 8;

/** A token's label: the kind in capitals, within revealTokenSchema's 2–20 letters and underscores. */
function tokenLabel(kind: string): string {
  const label = kind
    .toUpperCase()
    .replace(/[^A-Z_]/g, "_")
    .slice(0, 20);
  return label.length >= 2 ? label : "PII";
}

/**
 * The keys masking needs: hash = HMAC-SHA256 (never a bare SHA-256, which a dictionary of emails
 * or phone numbers reverses), and tokens derived from the value under their own key, so equal
 * values get equal tokens in every process without a database read. The value behind each new
 * token is written to the vault behind the call (token-vault.ts).
 */
export type MaskingContextOptions = {
  /** False for previews (the detection test page): their tokens are shown, never revealed. */
  storeTokens?: boolean;
};

export function createMaskingContext(options: MaskingContextOptions = {}): MaskingContext {
  const storeTokens = options.storeTokens ?? true;
  const hashKey = deriveKey("masking-hash");
  const tokenKey = deriveKey("privacy-token");
  return {
    keyedHash: (value: string) => createHmac("sha256", hashKey).update(value).digest("hex"),
    tokenFor: (kind: string, value: string) => {
      const digest = createHmac("sha256", tokenKey).update(`${kind}\n${value}`).digest("hex");
      const token = `<${tokenLabel(kind)}_${digest.slice(0, TOKEN_HEX_LENGTH)}>`;
      if (storeTokens) storeTokenBehind(token, kind, value);
      return token;
    },
  };
}
