import type { IncomingMessage } from "node:http";

/**
 * The request body, kept up to one byte past `maxBytes`: enough for the handler's own check
 * (readBodyText) to answer 413 with the error envelope. The rest of an oversized body is read
 * and dropped rather than left in the socket, so that a keep-alive connection stays usable.
 */
export async function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (kept > maxBytes) continue;
    chunks.push(chunk);
    kept += chunk.length;
  }
  const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
}
