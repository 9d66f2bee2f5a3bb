import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Reads a JSON body, refusing more than maxBytes (413) before buffering it, whatever the
 * Content-Length claims. An empty body reads as undefined.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`, { maxBytes });
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return undefined;

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
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
