// The detection engine: the chosen built-in detectors and the custom ones, behind one detect().
// Most strings a gateway sees hold no personal data at all, so one cheap pass first asks which
// kinds could possibly be present (an "@" for email, a digit for the numeric kinds, a ":" for IPv6)
// and only those detectors run; validators run only on their regex candidates.
import { cardDetector } from "@/lib/privacy/detection/detect-card";
import { dateOfBirthDetector } from "@/lib/privacy/detection/detect-date-of-birth";
import { emailDetector } from "@/lib/privacy/detection/detect-email";
import { ibanDetector } from "@/lib/privacy/detection/detect-iban";
import { ipDetector } from "@/lib/privacy/detection/detect-ip";
import { createPhoneDetector } from "@/lib/privacy/detection/detect-phone";
import { ssnDetector } from "@/lib/privacy/detection/detect-ssn";
import { compileCustomDetector } from "@/lib/privacy/detection/compile-custom-detector";
import { resolveOverlaps } from "@/lib/privacy/detection/resolve-overlaps";
import {
  PII_KINDS,
  type CustomDetectorDefinition,
  type DetectionEngine,
  type Detector,
  type Finding,
  type PiiKind,
} from "@/lib/privacy/detection/detection-types";

export type DetectionEngineOptions = {
  /**
   * Custom detectors, as saved (compileCustomDetector checked them then; the timed probe is not run
   * again here). One that does not compile is skipped and listed in `skipped`.
   */
  custom?: CustomDetectorDefinition[];
  /** Which built-in detectors run (default all); "custom" here has no effect, see `custom`. */
  kinds?: readonly PiiKind[];
  /** The region national phone numbers are read in (ISO 3166 alpha-2), "US" by default. */
  defaultRegion?: string;
};

export type DetectionEngineWithSkipped = DetectionEngine & {
  /** Custom detectors left out because they do not compile, with the reason. */
  skipped: { id: string; message: string }[];
};

// What a text must contain for a detector to find anything in it.
type Needs = "at" | "digit" | "digitOrColon";
type Entry = { detector: Detector; needs: Needs | null };

// Earlier entries win ties (same start and length): the more specific kinds before phone. Phone,
// the costliest to validate, runs last so it can skip the candidates the others already claimed.
function builtIns(defaultRegion: string): Entry[] {
  return [
    { detector: emailDetector, needs: "at" },
    { detector: ibanDetector, needs: "digit" },
    { detector: cardDetector, needs: "digit" },
    { detector: ssnDetector, needs: "digit" },
    { detector: ipDetector, needs: "digitOrColon" },
    { detector: dateOfBirthDetector, needs: "digit" },
    { detector: createPhoneDetector(defaultRegion), needs: "digit" },
  ];
}

const DIGIT = /\d/;

export function createDetectionEngine(options: DetectionEngineOptions = {}): DetectionEngineWithSkipped {
  const kinds = new Set<PiiKind>(options.kinds ?? PII_KINDS);
  const entries = builtIns(options.defaultRegion ?? "US").filter((entry) => kinds.has(entry.detector.kind));
  const skipped: { id: string; message: string }[] = [];
  for (const def of options.custom ?? []) {
    const compiled = compileCustomDetector(def, { skipProbe: true });
    if (compiled.ok) entries.push({ detector: compiled.detector, needs: null });
    else skipped.push({ id: def.id, message: compiled.message });
  }
  const priority = new Map(entries.map((entry, index) => [entry.detector.id, index]));
  const priorityOf = (finding: Finding) => priority.get(finding.detectorId) ?? entries.length;

  function detect(text: string): Finding[] {
    if (text.length === 0) return [];
    const hasAt = text.includes("@");
    const hasDigit = DIGIT.test(text);
    const hasColon = !hasDigit && text.includes(":");
    const findings: Finding[] = [];
    for (const { detector, needs } of entries) {
      if (needs === "at" && !hasAt) continue;
      if (needs === "digit" && !hasDigit) continue;
      if (needs === "digitOrColon" && !hasDigit && !hasColon) continue;
      detector.find(text, findings);
    }
    return resolveOverlaps(findings, priorityOf);
  }

  return { detect, skipped };
}
