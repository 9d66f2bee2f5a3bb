// Payment card numbers: 13–19 digits, bare or in groups separated by one kind of space or dash.
// card-validator confirms the Luhn checksum, a known brand and a length that brand issues. The brand
// check (credit-card-type, which clones its tables per call) depends only on the leading digits and
// the length, so its answer is remembered per issuer prefix and length; the Luhn check runs first.
import cardValidator from "card-validator";
import luhn10 from "card-validator/dist/luhn-10";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

// Bare, or a first group of four followed by 2–4 groups of 3–6 with the same separator (4-4-4-4,
// 4-6-5 for Amex, 4-6-4 for Diners, 4-4-4-4-3 for 19 digits).
const CARD = /(?<![\w.-])(?:\d{13,19}|\d{4}([ -])\d{3,6}(?:\1\d{3,6}){1,3})(?![\w]|[.-]\d)/g;

// Issuer prefixes (8 digits, the longest a brand range uses) and lengths: not personal data.
const ISSUER_PREFIX = 8;
const MAX_REMEMBERED = 4096;
const brandAnswers = new Map<string, boolean>();

function isKnownBrandAndLength(digits: string): boolean {
  const key = `${digits.slice(0, ISSUER_PREFIX)}:${digits.length}`;
  let answer = brandAnswers.get(key);
  if (answer === undefined) {
    answer = cardValidator.number(digits, { maxLength: 19, skipLuhnValidation: true }).isValid;
    if (brandAnswers.size >= MAX_REMEMBERED) brandAnswers.clear();
    brandAnswers.set(key, answer);
  }
  return answer;
}

function findCards(text: string, out: Finding[]): void {
  CARD.lastIndex = 0;
  for (let match = CARD.exec(text); match; match = CARD.exec(text)) {
    const value = match[0];
    const digits = match[1] === undefined ? value : value.replace(/[ -]/g, "");
    if (digits.length < 13 || digits.length > 19) continue;
    if (!luhn10(digits) || !isKnownBrandAndLength(digits)) continue;
    out.push({
      kind: "card",
      detectorId: "card",
      start: match.index,
      end: match.index + value.length,
      value,
      normalized: digits,
    });
  }
}

export const cardDetector: Detector = { id: "card", kind: "card", find: findCards };
