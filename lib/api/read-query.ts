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
    if (problem) throw new AppError("invalid_input", `A query parameter ${JSON_PROBLEM_MESSAGES[problem]}.`, { reason: problem });
  }
  return Object.fromEntries(url.searchParams);
}
