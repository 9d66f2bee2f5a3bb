// Detectors run independently, so the same characters can be claimed twice (a phone number that is
// also a valid card prefix, two keywords finding one birth date). Keep one finding per stretch of
// text: the earliest start wins, then the longest, then the detector listed first.
import type { Finding } from "@/lib/privacy/detection/detection-types";

export function resolveOverlaps(findings: Finding[], priorityOf: (finding: Finding) => number): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start || b.end - a.end || priorityOf(a) - priorityOf(b));
  const kept: Finding[] = [];
  let end = -1;
  for (const finding of findings) {
    if (finding.start < end) continue;
    kept.push(finding);
    end = finding.end;
  }
  return kept;
}
