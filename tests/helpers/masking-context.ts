// A MaskingContext for the masking unit tests (lib/privacy/masking/*.test.ts): a real keyed HMAC, as
// the gateway injects, and tokens derived from it, so the same value always gives the same token.
import { createHmac } from "node:crypto";
import type { PiiKind } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext } from "@/lib/privacy/masking/masking-types";

export function keyedHashForTests(value: string): string {
  return createHmac("sha256", "masking-test-key").update(value).digest("hex");
}

export const testMaskingContext: MaskingContext = {
  keyedHash: keyedHashForTests,
  tokenFor: (kind: PiiKind, value: string) =>
    `<${kind.toUpperCase()}_${keyedHashForTests(`token:${value}`).slice(0, 6)}>`,
};
