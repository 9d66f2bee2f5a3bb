import "server-only";
import { AppError } from "@/lib/errors";
import { readBodyText } from "@/lib/api/read-body-text";

/**
 * Reads a JSON body, refusing more than maxBytes (413) before buffering it, whatever the
 * Content-Length claims. An empty body reads as undefined.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(req, maxBytes);
  if (text.trim() === "") return undefined;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw new AppError("invalid_input", "The request body must be JSON (Content-Type: application/json).");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}
