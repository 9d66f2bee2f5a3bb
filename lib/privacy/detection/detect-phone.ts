// Phone numbers. A cheap regex proposes runs of digits with the separators numbers are written with;
// libphonenumber-js confirms them. International numbers (+44 20 7946 0958, +1-202-555-0143) are
// checked against their own country; national ones ((202) 555-0143, 020 7946 0958) against one
// default region, "US" unless the engine is given another (a GB national number is found only with
// defaultRegion "GB"). To keep order numbers, timestamps and versions out:
// - a candidate without "+" must contain a separator (space, dash, dot, parenthesis): bare digit
//   runs such as 123456789012 or 1706659200 are never phone numbers;
// - a candidate glued to a letter, dot, slash or colon (v1.2, 12:30, 2024/01) is not one either;
// - dots only in the 3.3.4 grouping (202.555.0143), so IP addresses and versions stay out;
// - date shapes (2024-01-31) are refused before libphonenumber is asked;
// - at most six groups of digits and two of them single digits (+33 1 23 45 67 89 is the widest
//   common format), so columns of small numbers ("1 2 3 4 5 6 7 8") are not read as one.
// Validation is the costly part (libphonenumber compiles patterns per call), so the detector runs
// last and skips candidates an earlier detector already claimed (cards, SSNs, IBANs, IPs, dates).
import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js";
import { countDigits } from "@/lib/privacy/detection/char-codes";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

const CANDIDATE = /(?<![\w+.\/:-])(?:\+|\()?\d[\d ().-]{5,22}\d(?![\w\/:]|[.-]\d)/g;
const DOTTED = /^(?:\+\d{1,3}[ .])?\(?\d{3}\)?\.\d{3}\.\d{4}$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[.-]\d{1,2}[.-]\d{4}$/;
const HAS_SEPARATOR = /[ ().-]/;
const EMBEDDED_START = /.[(+]/; // a "(" or "+" after the first character: another number may start there
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

const MAX_GROUPS = 6;
const MAX_SINGLE_DIGIT_GROUPS = 2;

function hasPhoneLikeGroups(candidate: string): boolean {
  let groups = 0;
  let singles = 0;
  let run = 0;
  for (let i = 0; i <= candidate.length; i++) {
    const code = i < candidate.length ? candidate.charCodeAt(i) : 32;
    if (code >= 48 && code <= 57) {
      run++;
      continue;
    }
    if (run === 0) continue;
    groups++;
    if (run === 1) singles++;
    run = 0;
  }
  return groups <= MAX_GROUPS && singles <= MAX_SINGLE_DIGIT_GROUPS;
}

function isPlausible(candidate: string): boolean {
  const digits = countDigits(candidate);
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  if (!hasPhoneLikeGroups(candidate)) return false;
  if (candidate[0] !== "+" && !HAS_SEPARATOR.test(candidate)) return false;
  if (candidate.includes(".") && !DOTTED.test(candidate)) return false;
  return !DATE_SHAPE.test(candidate);
}

/** Whether one of the first `count` findings (those of the detectors that ran earlier) covers the range. */
function isClaimed(out: readonly Finding[], count: number, start: number, end: number): boolean {
  for (let i = 0; i < count; i++) if (out[i]!.start <= start && out[i]!.end >= end) return true;
  return false;
}

export function createPhoneDetector(defaultRegion: string = "US"): Detector {
  // An unknown region leaves national numbers unread; international ones are still found.
  const region = defaultRegion.toUpperCase();
  const defaultCountry: CountryCode | undefined = isSupportedCountry(region) ? region : undefined;

  function confirm(start: number, candidate: string, out: Finding[]): boolean {
    const phone = parsePhoneNumberFromString(candidate, defaultCountry);
    if (!phone?.isValid()) return false;
    out.push({
      kind: "phone",
      detectorId: "phone",
      start,
      end: start + candidate.length,
      value: candidate,
      normalized: phone.number,
    });
    return true;
  }

  function find(text: string, out: Finding[]): void {
    CANDIDATE.lastIndex = 0;
    const claimedBefore = out.length;
    for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
      const candidate = match[0];
      if (countDigits(candidate) < MIN_DIGITS) continue;
      if (isClaimed(out, claimedBefore, match.index, match.index + candidate.length)) continue;
      if (isPlausible(candidate) && confirm(match.index, candidate, out)) continue;
      // Several numbers run together ("ref 12 (202) 555-0143"): let libphonenumber split the run.
      if (!EMBEDDED_START.test(candidate)) continue;
      for (const found of findPhoneNumbersInText(candidate, { defaultCountry })) {
        const part = candidate.slice(found.startsAt, found.endsAt);
        if (isPlausible(part)) confirm(match.index + found.startsAt, part, out);
      }
    }
  }

  return { id: "phone", kind: "phone", find };
}
