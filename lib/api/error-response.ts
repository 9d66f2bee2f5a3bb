import "server-only";
import { ZodError } from "zod";
import { AppError, type ErrorEnvelope } from "@/lib/errors";

/**
 * Zod issues as { "field.path": ["message", …] }; "_" for errors on the object itself. Field names
 * come from the client, so they are collected in a Map: on a plain object "constructor" or
 * "__proto__" would find Object.prototype's members (the formatter itself then threw: HTTP 500).
 */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => [...issue.path, k].join("."))
        : [issue.path.join(".") || "_"];
    const message = issue.code === "unrecognized_keys" ? "Unknown field" : issue.message;
    for (const key of keys) {
      const messages = fields.get(key);
      if (messages) messages.push(message);
      else fields.set(key, [message]);
    }
  }
  // fromEntries defines own properties, so "__proto__" stays a plain key of the JSON answer.
  return Object.fromEntries(fields);
}

type PrismaKnownError = { code: string; meta?: { target?: unknown; modelName?: string } };
function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code)
  );
}

/** Maps any thrown value to an AppError; unknown errors become a generic internal_error. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError("invalid_input", "The request is not valid.", { fields: fieldErrors(error) });
  if (isPrismaKnownError(error)) {
    if (error.code === "P2025") return new AppError("not_found", "The requested record does not exist.");
    if (error.code === "P2002")
      return new AppError("conflict", "A record with the same unique value already exists.");
  }
  return new AppError(
    "internal_error",
    "Something went wrong on our side. Quote the correlation id when reporting it.",
  );
}

export function errorResponse(error: AppError, correlationId: string): Response {
  const body: ErrorEnvelope = { error: { code: error.code, message: error.message, correlationId } };
  if (error.details) body.error.details = error.details;
  const challenge: Record<string, string> =
    error.code === "unauthorized" ? { "WWW-Authenticate": 'Bearer realm="gatehouse"' } : {};
  return Response.json(body, {
    status: error.status,
    headers: { "X-Correlation-Id": correlationId, ...challenge, ...error.headers },
  });
}
