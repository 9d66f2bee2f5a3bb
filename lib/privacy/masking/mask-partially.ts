// The "partial" strategy: enough of the value left to recognise it (the last digits of a card, the
// domain of an address), not enough to use it. A date of birth keeps its year, which age checks
// need and which alone rarely singles a person out: "1990-**-**".
import type { Finding } from "@/lib/privacy/detection/detection-types";
import { normalizeFindingValue } from "@/lib/privacy/masking/normalize-finding-value";

function lastDigits(value: string, count: number): string {
  return value.replace(/\D+/g, "").slice(-count);
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf("@");
  return at <= 0 ? "***" : `${value[0]}***${value.slice(at)}`;
}

function maskIp(value: string): string {
  if (!value.includes(":")) return `${value.slice(0, value.lastIndexOf(".") + 1)}***`;
  const firstGroup = value.slice(0, value.indexOf(":"));
  return firstGroup === "" ? "::***" : `${firstGroup}:***`;
}

function maskIban(finding: Finding): string {
  const iban = normalizeFindingValue(finding);
  return `${iban.slice(0, 4)}****${iban.slice(-4)}`;
}

function maskDateOfBirth(value: string): string {
  const year = /\d{4}/.exec(value)?.[0];
  return `${year ?? "****"}-**-**`;
}

export function maskPartially(finding: Finding): string {
  const value = finding.value;
  switch (finding.kind) {
    case "email":
      return maskEmail(value);
    case "phone":
      return `***-***-${lastDigits(value, 4)}`;
    case "card":
      return `**** **** **** ${lastDigits(value, 4)}`;
    case "ssn":
      return `***-**-${lastDigits(value, 4)}`;
    case "iban":
      return maskIban(finding);
    case "ip":
      return maskIp(value);
    case "dob":
      return maskDateOfBirth(value);
    case "custom":
      return `${Array.from(value)[0] ?? ""}***`;
  }
}
