// Where the server's answer to a detector form belongs.
import { ApiError } from "@/lib/client/api-error";
import { formFieldErrors } from "@/lib/client/form-field-errors";

export const DETECTOR_FIELDS = ["name", "pattern", "flags", "sample"] as const;
export type DetectorField = (typeof DETECTOR_FIELDS)[number];

/**
 * Field errors for the detector form. The server compiles the pattern and tries it on the sample;
 * a 400 that names no field (a pattern that does not compile, or does not match the sample) is
 * shown at the sample when it speaks of the sample, else at the pattern. A taken name goes to the
 * name. `hasAny` false: nothing belongs at a field, toast it instead.
 */
export function detectorFieldErrors(error: unknown) {
  const result = formFieldErrors(error, DETECTOR_FIELDS, { conflictField: "name" });
  if (result.hasAny || !(error instanceof ApiError) || error.status !== 400) return result;
  const field: DetectorField = /sample/i.test(error.message) ? "sample" : "pattern";
  return { errors: { ...result.errors, [field]: error.message }, hasAny: true };
}
