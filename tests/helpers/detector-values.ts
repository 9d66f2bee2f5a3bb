// For the detector unit tests (lib/privacy/detection/*.test.ts): what one detector alone finds in a text.
import type { Detector, Finding } from "@/lib/privacy/detection/detection-types";

export function valuesFoundBy(detector: Detector, text: string): string[] {
  const out: Finding[] = [];
  detector.find(text, out);
  return out.sort((a, b) => a.start - b.start).map((finding) => finding.value);
}
