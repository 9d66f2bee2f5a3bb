// Dates of birth: the date closest to a word that says it is one (born, birth, birthday, birthdate,
// date of birth, DOB, D.O.B., and German geboren, Geburtsdatum), within 40 characters before or
// after it. Any other date (an order date, a timestamp) is not personal data on its own, nor is a
// second date after the birth date ("born 31 January 1990, joined 2024-01-31").
// Windows of neighbouring keywords may overlap; the engine drops the duplicate findings.
import { DATE, isDateMatch } from "@/lib/privacy/detection/parse-date";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

// Field names count as keywords too (dateOfBirth, date_of_birth, birth-date, customerDOB), so the
// word boundary is checked in code: a camelCase hump is a boundary, "stubborn" or "dobby" is not.
const KEYWORD =
  /(?:date[\s_-]*of[\s_-]*birth|birth[\s_-]*(?:day|date)?|born|dob|d\.o\.b|geboren|geburtsdatum)/gi;
const WINDOW = 40;
const LONGEST_DATE = 24; // "September 30th, 1990" and a little room

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isLetter(code: number): boolean {
  return isLower(code) || (code >= 65 && code <= 90);
}

function isKeywordBounded(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (isLetter(before) && !(isLower(before) && !isLower(text.charCodeAt(start)))) return false;
  }
  return end >= text.length || !isLower(text.charCodeAt(end));
}

function findDatesOfBirth(text: string, out: Finding[]): void {
  KEYWORD.lastIndex = 0;
  for (let keyword = KEYWORD.exec(text); keyword; keyword = KEYWORD.exec(text)) {
    if (!isKeywordBounded(text, keyword.index, keyword.index + keyword[0].length)) continue;
    const from = Math.max(0, keyword.index - WINDOW - LONGEST_DATE);
    const to = Math.min(text.length, keyword.index + keyword[0].length + WINDOW + LONGEST_DATE);
    const window = text.slice(from, to);
    const keywordEnd = keyword.index + keyword[0].length;
    let closest: Finding | null = null;
    let closestDistance = Infinity;
    DATE.lastIndex = 0;
    for (let date = DATE.exec(window); date; date = DATE.exec(window)) {
      const start = from + date.index;
      const end = start + date[0].length;
      const distance = start >= keywordEnd ? start - keywordEnd : Math.max(0, keyword.index - end);
      if (distance > WINDOW || distance >= closestDistance || !isDateMatch(date)) continue;
      closest = { kind: "dob", detectorId: "dob", start, end, value: date[0] };
      closestDistance = distance;
    }
    if (closest) out.push(closest);
  }
}

export const dateOfBirthDetector: Detector = { id: "dob", kind: "dob", find: findDatesOfBirth };
