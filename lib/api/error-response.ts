import "server-only";
import { ZodError } from "zod";
import { AppError, type ErrorEnvelope } from "@/lib/errors";

/** Zod issues as { "field.path": ["message", …] }; "_" for errors on the object itself. */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k].join(".")) : [issue.path.join(".") || "_"];
    const message = issue.code === "unrecognized_keys" ? "Unknown field" : issue.message;
    for (const key of keys) (fields[key] ??= []).push(message);
  }
  return fields;
}

type PrismaKnownError = { code: string; meta?: { target?: unknown; modelName?: string } };
function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    && /^P\d{4}$/.test((error as { code: string }).code);
}

/** Maps any thrown value to an AppError; unknown errors become a generic internal_error. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("invalid_input", "The request is not valid.", { fields: fieldErrors(error) });
  if (isPrismaKnownError(error)) {
    if (error.code === "P2025") return new AppError("not_found", "The requested record does not exist.");
    if (error.code === "P2002") return new AppError("conflict", "A record with the same unique value already exists.");
  }
  return new AppError("internal_error", "Something went wrong on our side. Quote the correlation id when reporting it.");
}

export function errorResponse(error: AppError, correlationId: string): Response {
  const body: ErrorEnvelope = { error: { code: error.code, message: error.message, correlationId } };
  if (error.details) body.error.details = error.details;
  const challenge: Record<string, string> = error.code === "unauthorized" ? { "WWW-Authenticate": 'Bearer realm="gatehouse"' } : {};
  return Response.json(body, { status: error.status, headers: { "X-Correlation-Id": correlationId, ...challenge, ...error.headers } });
}
