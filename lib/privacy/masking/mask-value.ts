// What replaces one finding under a strategy. Hash and token are computed from the normalized value
// (normalize-finding-value.ts), so one person's value masks the same way in every format.
import type { Finding } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, MaskStrategy } from "@/lib/privacy/masking/masking-types";
import { maskPartially } from "@/lib/privacy/masking/mask-partially";
import { normalizeFindingValue } from "@/lib/privacy/masking/normalize-finding-value";

const HASH_HEX_CHARS = 12;

export function maskValue(finding: Finding, strategy: MaskStrategy, ctx: MaskingContext): string {
  switch (strategy) {
    case "full":
      return "***";
    case "partial":
      return maskPartially(finding);
    case "hash":
      return `<${finding.kind.toUpperCase()}#${ctx.keyedHash(normalizeFindingValue(finding)).slice(0, HASH_HEX_CHARS)}>`;
    case "tokenize":
      return ctx.tokenFor(finding.kind, normalizeFindingValue(finding));
    case "redact":
      return "";
  }
}
