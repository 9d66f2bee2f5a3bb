// A form's zod check before it is sent, with the same messages the server would answer with.
import type { z } from "zod";

/** The first message per top-level field, or null when the input passes. */
export function schemaFieldErrors<F extends string>(
  schema: z.ZodType,
  input: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return null;
  const errors: Partial<Record<F, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fields.find((f) => f === String(issue.path[0] ?? ""));
    if (field) errors[field] ??= issue.message;
  }
  return errors;
}
