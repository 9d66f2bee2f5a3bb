// How the console names and shows each masking strategy (policy editor, detection test page).
import type { MaskStrategy } from "@/lib/privacy/masking/masking-types";

export type StrategyDescription = { label: string; description: string; example: string };

export const STRATEGY_DESCRIPTIONS: Record<MaskStrategy, StrategyDescription> = {
  full: { label: "Full", description: "Replaced by three asterisks.", example: "***" },
  partial: {
    label: "Partial",
    description:
      "Enough left to recognise the value, not to use it: an address's first letter and domain, a number's last four digits, an IP address's network, a birth date's year.",
    example: "j***@example.com",
  },
  hash: {
    label: "Keyed hash",
    description:
      "A keyed HMAC of the value: the same value always gives the same hash, so records can be matched, but without the key it cannot be reversed or looked up in a dictionary.",
    example: "<EMAIL#3f9a0c12d4e7>",
  },
  tokenize: {
    label: "Token",
    description: "A stable token per value that holders of privacy:reveal can turn back into the value.",
    example: "<EMAIL_7f3a9c>",
  },
  redact: { label: "Remove", description: "Removed from the text altogether.", example: "" },
};

export function describeStrategy(strategy: MaskStrategy): StrategyDescription {
  return STRATEGY_DESCRIPTIONS[strategy];
}
