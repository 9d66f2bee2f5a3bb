// Splits a sample into plain runs and found values, for highlighting findings in the test panel.
import type { DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";

export type Finding = DetectSampleResult["findings"][number];

export type TextSegment =
  | { kind: "text"; text: string; start: number }
  | { kind: "finding"; text: string; start: number; finding: Finding };

/**
 * The text cut at each finding's [start, end). Findings are applied in order of position; one that
 * overlaps an earlier (or, at the same start, a longer) finding is left out, and offsets outside
 * the text are clamped, so the segments always join back into exactly the text.
 */
export function segmentFindings(text: string, findings: readonly Finding[]): TextSegment[] {
  const ordered = [...findings]
    .map((f) => ({ f, start: clamp(f.start, text.length), end: clamp(f.end, text.length) }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { f, start, end } of ordered) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({ kind: "text", text: text.slice(cursor, start), start: cursor });
    segments.push({ kind: "finding", text: text.slice(start, end), start, finding: f });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor), start: cursor });
  return segments;
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}
