// Turns a detector a compliance officer typed in the console into a Detector, or says in plain words
// why it cannot be one. The checks stop what would hurt every later call: a pattern that matches
// the empty string (a finding at every position), one that backtracks catastrophically, one that
// does not even match its own sample.
import { findNestedQuantifier } from "@/lib/privacy/detection/find-nested-quantifier";
import { takesTooLongOnProbes, type ProbeOptions } from "@/lib/privacy/detection/probe-backtracking";
import type { CustomDetectorDefinition, Detector, Finding } from "@/lib/privacy/detection/detection-types";

export const CUSTOM_DETECTOR_LIMITS = { nameLength: 80, patternLength: 500, sampleLength: 2000 } as const;
const ALLOWED_FLAGS = /^[imsu]*$/;

/** The definition's field a refusal is about, so that a form can show the message beside it. */
export type CustomDetectorField = "name" | "pattern" | "flags" | "sample";
export type CompileCustomDetectorResult =
  { ok: true; detector: Detector } | { ok: false; message: string; field: CustomDetectorField };

function fail(message: string, field: CustomDetectorField = "pattern"): CompileCustomDetectorResult {
  return { ok: false, message, field };
}

export type CompileCustomDetectorOptions = ProbeOptions & {
  /**
   * Skip the timed backtracking probe: for definitions that passed it when they were saved, so that
   * building an engine never drops a saved detector because the machine paused.
   */
  skipProbe?: boolean;
};

export function compileCustomDetector(
  def: CustomDetectorDefinition,
  options: CompileCustomDetectorOptions = {},
): CompileCustomDetectorResult {
  const name = def.name.trim();
  if (name.length === 0) return fail("Give the detector a name.", "name");
  if (name.length > CUSTOM_DETECTOR_LIMITS.nameLength)
    return fail(`The name is longer than ${CUSTOM_DETECTOR_LIMITS.nameLength} characters.`, "name");
  if (def.pattern.length === 0) return fail("Enter a pattern.");
  if (def.pattern.length > CUSTOM_DETECTOR_LIMITS.patternLength) {
    return fail(`The pattern is longer than ${CUSTOM_DETECTOR_LIMITS.patternLength} characters.`);
  }
  const flags = def.flags ?? "";
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return fail(
      "Flags may only be i (ignore case), m (multiline), s (dot matches newlines) and u (unicode), each once.",
      "flags",
    );
  }
  let regex: RegExp;
  try {
    regex = new RegExp(def.pattern, `${flags}g`);
  } catch {
    return fail("The pattern is not a valid regular expression.");
  }
  if (findNestedQuantifier(def.pattern) !== -1) {
    return fail(
      "The pattern repeats a group that itself repeats without limit, such as (a+)+ or (.*)*; it could take minutes on some texts. Repeat the inner part only once, or bound it, e.g. (a+) or (\\w{1,10})+.",
    );
  }
  if (new RegExp(`^(?:${def.pattern})$`, flags).test(""))
    return fail("The pattern can match an empty text; it must match at least one character.");
  if (def.sample.length === 0) return fail("Enter a sample the pattern must find.", "sample");
  if (def.sample.length > CUSTOM_DETECTOR_LIMITS.sampleLength) {
    return fail(`The sample is longer than ${CUSTOM_DETECTOR_LIMITS.sampleLength} characters.`, "sample");
  }
  const inSample = firstMatchInSample(regex, def.sample);
  if (inSample === "empty")
    return fail("The pattern can match an empty text; it must match at least one character.");
  if (inSample === null) return fail("The pattern does not match the sample.", "sample");
  if (!options.skipProbe && takesTooLongOnProbes(regex, inSample, options)) {
    return fail(
      "The pattern takes too long on some texts (it backtracks, for example through alternatives that overlap such as (\\w|\\d)+). Make the alternatives or repetitions exclusive.",
    );
  }
  return { ok: true, detector: customDetector(def.id, regex) };
}

// The first match's text; "empty" as soon as any match in the sample is zero-length (\b, a*,
// lookarounds alone).
function firstMatchInSample(regex: RegExp, sample: string): string | "empty" | null {
  let first: string | null = null;
  regex.lastIndex = 0;
  for (let match = regex.exec(sample); match; match = regex.exec(sample)) {
    if (match[0].length === 0) return "empty";
    first ??= match[0];
  }
  return first;
}

function customDetector(id: string, regex: RegExp): Detector {
  function find(text: string, out: Finding[]): void {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++; // a pattern that matches empty somewhere ("a*" on "b"): move on
        continue;
      }
      out.push({
        kind: "custom",
        detectorId: id,
        start: match.index,
        end: match.index + match[0].length,
        value: match[0],
      });
    }
  }
  return { id, kind: "custom", find };
}
