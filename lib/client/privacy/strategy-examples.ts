// How each masking strategy changes a value, for the policy form and table. The server's masking
// is the source of truth; these are illustrations (the hash and token digits are made up).
import type { PolicyStrategy } from "@/lib/privacy/policies/schemas";

export type StrategyInfo = { label: string; description: string };

export const STRATEGY_INFO: Record<PolicyStrategy, StrategyInfo> = {
  full: { label: "Full", description: "Every character replaced." },
  partial: { label: "Partial", description: "Enough kept to recognise the value, the rest hidden." },
  hash: {
    label: "Hash",
    description: "A keyed hash: equal values match, and nobody can reverse it from a list of emails.",
  },
  tokenize: {
    label: "Tokenize",
    description: "A stable token per value; privacy:reveal holders can turn it back into the value.",
  },
  redact: { label: "Redact", description: "Removed altogether." },
  none: { label: "None", description: "Values pass unmasked (for callers who may see them)." },
};

/** Sample values per kind, so an example reads like the data it stands for. */
const SAMPLES: Record<string, string> = {
  email: "jane@example.com",
  phone: "+1 415-555-1234",
  ssn: "123-45-6789",
  card: "4111 1111 1111 1234",
  iban: "DE89 3704 0044 0532 0130 00",
};

function partialOf(kind: string, value: string): string {
  if (kind === "email") {
    const at = value.indexOf("@");
    return `${value.slice(0, 1)}***${value.slice(at)}`;
  }
  const digits = value.replace(/\D/g, "");
  if (kind === "phone" || kind === "ssn") return `***-***-${digits.slice(-4)}`;
  if (digits.length >= 4) return `****${digits.slice(-4)}`;
  return `${value.slice(0, 1)}***`;
}

/** A token-style label for a kind: "email" -> "EMAIL", "date_of_birth" -> "DATE_OF_BIRTH". */
export function kindLabel(kind: string): string {
  const label = kind
    .toUpperCase()
    .replace(/[^A-Z]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return label || "VALUE";
}

/** What the strategy makes of a value of this kind (an email when no kind is given). */
export function strategyExample(strategy: PolicyStrategy, kind = "email"): string {
  const value = SAMPLES[kind] ?? SAMPLES.email;
  switch (strategy) {
    case "full":
      return "***";
    case "partial":
      return partialOf(SAMPLES[kind] ? kind : "email", value);
    case "hash":
      return `<${kindLabel(kind)}#3f9a…>`;
    case "tokenize":
      return `<${kindLabel(kind)}_7f3a9c01b2e4>`;
    case "redact":
      return "(removed)";
    case "none":
      return "values pass";
  }
}
