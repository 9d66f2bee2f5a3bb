// The canonical form of a found value, so that hashing and tokenizing give one result per person
// however the value was written (Jane@Example.com and jane@example.com, 4242 4242 … and 4242-4242 …).
// Detectors that know better set `finding.normalized` (a phone number in E.164); otherwise by kind.
import type { Finding } from "@/lib/privacy/detection/detection-types";

export function normalizeFindingValue(finding: Finding): string {
  if (finding.normalized !== undefined) return finding.normalized;
  const value = finding.value.trim();
  switch (finding.kind) {
    case "email":
    case "ip":
      return value.toLowerCase();
    case "phone":
      return `${value.startsWith("+") ? "+" : ""}${value.replace(/\D+/g, "")}`;
    case "card":
    case "ssn":
      return value.replace(/\D+/g, "");
    case "iban":
      return value.replace(/\s+/g, "").toUpperCase();
    default:
      return value;
  }
}
