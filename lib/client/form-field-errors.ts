import { ApiError } from "@/lib/client/api-error";

/**
 * The server's field errors for a form's fields, from whatever a mutation threw. A conflict
 * without field details (a taken email or name) is shown on `conflictField`. `hasAny` is false
 * when nothing belongs next to a field, so the caller falls back to a toast.
 */
export function formFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  options: { conflictField?: F } = {},
): { errors: Partial<Record<F, string>>; hasAny: boolean } {
  const apiError = error instanceof ApiError ? error : null;
  const errors: Partial<Record<F, string>> = {};
  for (const field of fields) errors[field] = apiError?.fieldError(field);
  const { conflictField } = options;
  if (conflictField && apiError?.code === "conflict" && !errors[conflictField])
    errors[conflictField] = apiError.message;
  return { errors, hasAny: Object.values(errors).some(Boolean) };
}
