// Where the server's answer to a detector form belongs.
import { formFieldErrors } from "@/lib/client/form-field-errors";

export const DETECTOR_FIELDS = ["name", "pattern", "flags", "sample"] as const;
export type DetectorField = (typeof DETECTOR_FIELDS)[number];

/**
 * Field errors for the detector form. The server compiles the pattern and tries it on the sample,
 * and names the field each refusal is about (a sample the pattern misses: the sample). A taken
 * name goes to the name. `hasAny` false: nothing belongs at a field, toast it instead.
 */
export function detectorFieldErrors(error: unknown) {
  return formFieldErrors(error, DETECTOR_FIELDS, { conflictField: "name" });
}
