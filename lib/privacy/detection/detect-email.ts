// Email addresses. Rather than a regex tried at every position, the scan jumps from one "@" to the
// next and grows the candidate outwards over the characters an address may hold; validator's
// isEmail decides. ASCII addresses only (internationalized ones are rare in tool results).
import isEmail from "validator/lib/isEmail";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

// Local to this file (not char-codes.ts): these run per character around every "@".
function isDomainCode(code: number): boolean {
  // letters, digits, "." and "-"
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 45
  );
}

function isLocalCode(code: number): boolean {
  // what a domain may hold, and "_", "%", "+"
  return isDomainCode(code) || code === 95 || code === 37 || code === 43;
}

function findEmails(text: string, out: Finding[]): void {
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // a local part never starts with "."
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--; // "… jane@example.com."
    if (start < at && end > at + 3) {
      const value = text.slice(start, end);
      if (isEmail(value)) {
        out.push({ kind: "email", detectorId: "email", start, end, value, normalized: value.toLowerCase() });
      }
    }
    at = text.indexOf("@", Math.max(end, at + 1));
  }
}

export const emailDetector: Detector = { id: "email", kind: "email", find: findEmails };
