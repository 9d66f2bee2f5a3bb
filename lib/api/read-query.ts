import "server-only";
import { AppError } from "@/lib/errors";
import { JSON_PROBLEM_MESSAGES, textProblem } from "@/lib/api/find-json-problem";

/**
 * The query string as { name: value } (the last value of a repeated name wins), refusing NUL
 * characters with 400: PostgreSQL cannot compare text holding one and SQLite's LIKE ends a
 * pattern there (`q=%00` matched every audit event). Decoding never yields lone surrogates.
 */
export function readQuery(url: URL): Record<string, string> {
  for (const [name, value] of url.searchParams) {
    const problem = textProblem(name) ?? textProblem(value);
    if (problem)
      throw new AppError("invalid_input", `A query parameter ${JSON_PROBLEM_MESSAGES[problem]}.`, {
        reason: problem,
      });
  }
  return Object.fromEntries(url.searchParams);
}

/**
 * Route parameters, with the same rules as the query: NUL refused, and lone surrogates, which an
 * HTTP path cannot carry but a caller in this process can (Prisma's engine fails on them).
 */
export function checkRouteParams(params: Record<string, string>): Record<string, string> {
  for (const value of Object.values(params)) {
    const problem = textProblem(value);
    if (problem)
      throw new AppError("invalid_input", `A path parameter ${JSON_PROBLEM_MESSAGES[problem]}.`, {
        reason: problem,
      });
  }
  return params;
}
