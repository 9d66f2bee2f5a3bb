// The shapes shared by the detectors, the engine and the masking that builds on them. Pure types
// and one constant, so the console can import them without loading any validator.

export const PII_KINDS = ["email", "phone", "ssn", "card", "iban", "ip", "dob", "custom"] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** One piece of personal data found in a text: `text.slice(start, end) === value`. */
export type Finding = {
  kind: PiiKind;
  /** The built-in's kind ("email", …) or the custom detector's id. */
  detectorId: string;
  start: number;
  end: number;
  value: string;
  /**
   * The value in a canonical form where the detector knows one (an E.164 phone number, an IBAN
   * without spaces, card digits), so that hashing and tokenizing give one result per person
   * whatever the formatting. Absent: masking normalizes by kind.
   */
  normalized?: string;
};

export type CustomDetectorDefinition = {
  id: string;
  name: string;
  /** JavaScript regular expression source, without slashes. */
  pattern: string;
  /** Any of i, m, s, u; "g" is added by the compiler. */
  flags?: string;
  /** A text the pattern must match, so a detector that finds nothing cannot be saved. */
  sample: string;
};

/** A detector appends what it finds in `text` to `out`, in any order; overlaps are resolved later. */
export type Detector = {
  id: string;
  kind: PiiKind;
  find(text: string, out: Finding[]): void;
};

export type DetectionEngine = {
  /** Findings sorted by start, never overlapping: the earliest wins, then the longest. */
  detect(text: string): Finding[];
};
