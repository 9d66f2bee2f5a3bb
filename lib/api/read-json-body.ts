import "server-only";
import { AppError } from "@/lib/errors";
import { readBodyText } from "@/lib/api/read-body-text";
import { isNestedDeeperThan, MAX_JSON_DEPTH } from "@/lib/api/json-depth";

/**
 * Reads a JSON body, refusing more than maxBytes (413) before buffering it, whatever the
 * Content-Length claims, and JSON nested deeper than MAX_JSON_DEPTH (400) before anything
 * else looks at it. An empty body reads as undefined.
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
  if (isNestedDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new AppError("invalid_input", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`, { maxDepth: MAX_JSON_DEPTH });
  }
  return body;
}
