// US Social Security numbers written ddd-dd-dddd. Numbers the SSA never issues are left out: area
// 000, 666 or 900–999, group 00, serial 0000. Spaced or bare nine-digit forms are not detected: too
// many other numbers look like them.
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

const SSN = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w-])/g;

export function isIssuableSsn(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  return areaNumber !== 0 && areaNumber !== 666 && areaNumber < 900 && group !== "00" && serial !== "0000";
}

function findSsns(text: string, out: Finding[]): void {
  SSN.lastIndex = 0;
  for (let match = SSN.exec(text); match; match = SSN.exec(text)) {
    if (!isIssuableSsn(match[1]!, match[2]!, match[3]!)) continue;
    const value = match[0];
    const normalized = `${match[1]}${match[2]}${match[3]}`;
    out.push({
      kind: "ssn",
      detectorId: "ssn",
      start: match.index,
      end: match.index + value.length,
      value,
      normalized,
    });
  }
}

export const ssnDetector: Detector = { id: "ssn", kind: "ssn", find: findSsns };
