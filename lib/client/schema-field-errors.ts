import type { z } from "zod";

export type SchemaCheck<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/**
 * A form's input checked with the API's own zod schema before it is sent, so the person sees the
 * same messages the server would give. Errors are keyed by the first path segment (the form field);
 * an issue about the whole input (a refine without a path) is keyed "form".
 */
export function checkWithSchema<S extends z.ZodType>(schema: S, input: unknown): SchemaCheck<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
