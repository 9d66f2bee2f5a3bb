import "server-only";
import { AppError } from "@/lib/errors";
import { readBodyText } from "@/lib/api/read-body-text";
import { findJsonProblem, JSON_PROBLEM_MESSAGES, MAX_JSON_DEPTH } from "@/lib/api/find-json-problem";

/**
 * Reads a JSON body, refusing more than maxBytes (413) before buffering it, whatever the
 * Content-Length claims, and (400) JSON nested deeper than MAX_JSON_DEPTH, lone surrogates and
 * NUL characters (find-json-problem.ts) before anything else looks at it. An empty body reads
 * as undefined.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(req, maxBytes);
  if (text.trim() === "") return undefined;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw new AppError("invalid_input", "The request body must be JSON (Content-Type: application/json).");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
  const problem = findJsonProblem(body);
  if (problem) {
    throw new AppError(
      "invalid_input",
      `The request body ${JSON_PROBLEM_MESSAGES[problem]}.`,
      problem === "too_deep" ? { reason: problem, maxDepth: MAX_JSON_DEPTH } : { reason: problem },
    );
  }
  return body;
}
