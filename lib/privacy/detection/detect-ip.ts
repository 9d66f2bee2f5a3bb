// IPv4 and IPv6 addresses, confirmed by validator's isIP. Version strings are the false positive to
// avoid: an address glued to a letter or dot (v1.2.3.4, OIDs like 1.3.6.1.4.1), followed by a
// pre-release or build suffix (1.2.3.4-beta, 1.2.3.4+build), or preceded by a word that announces a
// version ("version 1.2.3.4", "build: 10.0.19041.1") is not an address.
import isIP from "validator/lib/isIP";
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

// The boundaries are checked in code rather than with lookarounds, which keeps V8's fast scan.
const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
const VERSION_WORD_BEFORE =
  /(?:\bversion|\bver\.?|\brelease|\bbuild|\brev(?:ision)?\.?|\bfirmware|\bv)\s*[:=#]?\s*$/i;
const LOOK_BEHIND = 16;

function findIpv4(text: string, out: Finding[]): void {
  IPV4.lastIndex = 0;
  for (let match = IPV4.exec(text); match; match = IPV4.exec(text)) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    if (!isIpv4Bounded(text, start, end) || !isIP(value, 4)) continue;
    if (start > 0 && VERSION_WORD_BEFORE.test(text.slice(Math.max(0, start - LOOK_BEHIND), start))) continue;
    out.push({ kind: "ip", detectorId: "ip", start, end, value });
  }
}

// Not glued to a word, a dot (OIDs, longer versions), "@" (package@1.2.3.4), ":", "-" or a single
// "/" (Chrome/120.0.0.0) before it;
// not followed by a word character, nor by ".", "+" or "-" and one (1.2.3.4-beta, 1.2.3.4.5).
function isIpv4Bounded(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (isWordCode(before) || before === 46 || before === 64 || before === 58 || before === 45) return false;
    // "Chrome/120.0.0.0" is a product version; "http://10.0.0.1" is an address.
    if (before === 47 && (start < 2 || text.charCodeAt(start - 2) !== 47)) return false;
  }
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordCode(after)) return false;
  const isJoiner = after === 46 || after === 43 || after === 45;
  return !(isJoiner && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1)));
}

// Local to this file (not char-codes.ts): these run per character around every ":".
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

const MAX_IPV6_LENGTH = 45; // ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255

function isIpv6Code(code: number): boolean {
  return isHexCode(code) || code === 58 || code === 46; // hex, ":" and "." (for ::ffff:192.0.2.1)
}

// From each ":", grow the candidate over hex digits, colons and dots; the characters around it must
// not be part of a word ("std::vector" is not an address).
function findIpv6(text: string, out: Finding[]): void {
  let colon = text.indexOf(":");
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && isIpv6Code(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && isIpv6Code(text.charCodeAt(end))) end++;
    while (end > colon + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    if (end - start >= 3 && text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--; // "… ::1:" label colon
    const isBounded =
      (start === 0 || !isWordCode(text.charCodeAt(start - 1))) &&
      (end === text.length || !isWordCode(text.charCodeAt(end)));
    if (isBounded && end - start >= 3 && end - start <= MAX_IPV6_LENGTH && hasTwoColons(text, start, end)) {
      const value = text.slice(start, end);
      if (isIP(value, 6))
        out.push({ kind: "ip", detectorId: "ip", start, end, value, normalized: value.toLowerCase() });
    }
    colon = text.indexOf(":", Math.max(end, colon + 1));
  }
}

function hasTwoColons(text: string, start: number, end: number): boolean {
  const first = text.indexOf(":", start);
  const second = first === -1 ? -1 : text.indexOf(":", first + 1);
  return second !== -1 && second < end;
}

function findIps(text: string, out: Finding[]): void {
  findIpv4(text, out);
  if (text.includes(":")) findIpv6(text, out);
}

export const ipDetector: Detector = { id: "ip", kind: "ip", find: findIps };
