// IBANs, electronic (GB82WEST12345698765432) or printed in groups of four
// (GB82 WEST 1234 5698 7654 32); ibantools checks the country's length and the checksum. Upper-case
// only, as banks print them. A printed candidate may have swallowed a following upper-case word
// ("… 6769 THEN"), so it is cut to the length ibantools gives for the country before validating.
import { getCountrySpecifications, isValidIBAN } from "ibantools";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

const IBAN = /(?<!\w)[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?!\w)/g;
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
    spec.chars ? [[country, spec.chars] as const] : [],
  ),
);

/** The candidate cut to its country's IBAN length at a group boundary, if that is a valid IBAN. */
function validIbanPrefix(candidate: string): string | null {
  const length = IBAN_LENGTHS.get(candidate.slice(0, 2));
  if (length === undefined) return null;
  let chars = 0;
  let end = 0;
  for (; end < candidate.length && chars < length; end++) if (candidate.charCodeAt(end) !== 32) chars++;
  if (chars < length || (end < candidate.length && candidate.charCodeAt(end) !== 32)) return null;
  const value = candidate.slice(0, end);
  return isValidIBAN(value.replace(/ /g, "")) ? value : null;
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
