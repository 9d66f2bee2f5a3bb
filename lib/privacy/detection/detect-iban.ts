// IBANs, electronic (GB82WEST12345698765432) or printed in groups of four
// (GB82 WEST 1234 5698 7654 32); ibantools checks the country's length and the checksum. Upper-case
// only, as banks print them. A printed candidate may have swallowed a following upper-case word
// ("… 6769 THEN"), so groups are dropped from the end until it validates.
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

const IBAN = /(?<!\w)[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?!\w)/g;
const MIN_PRINTED_GROUPS = 4; // the shortest IBAN (Norway, 15 characters) prints as four groups

function validIbanPrefix(candidate: string): string | null {
  let value = candidate;
  for (;;) {
    const electronic = electronicFormatIBAN(value);
    if (electronic && isValidIBAN(electronic)) return value;
    const lastSpace = value.lastIndexOf(" ");
    if (lastSpace === -1 || value.split(" ").length <= MIN_PRINTED_GROUPS) return null;
    value = value.slice(0, lastSpace);
  }
}

function findIbans(text: string, out: Finding[]): void {
  IBAN.lastIndex = 0;
  for (let match = IBAN.exec(text); match; match = IBAN.exec(text)) {
    const value = validIbanPrefix(match[0]);
    if (!value) continue;
    const start = match.index;
    out.push({
      kind: "iban",
      detectorId: "iban",
      start,
      end: start + value.length,
      value,
      normalized: value.replace(/ /g, ""),
    });
    IBAN.lastIndex = start + value.length;
  }
}

export const ibanDetector: Detector = { id: "iban", kind: "iban", find: findIbans };
