import "server-only";
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { ExportFileSealer } from "@/lib/privacy/access/export-file-cipher";

export type SealedFileFacts = { sha256: string; bytes: number };

/**
 * Writes the chunks encrypted to a new file (mode 600) and returns the SHA-256 and size of the
 * plaintext: the file as it will be downloaded. One chunk in memory at a time; each write is
 * awaited, so a slow disk slows the reading instead of filling memory.
 */
export async function writeSealedFile(
  filePath: string,
  chunks: AsyncIterable<string | Buffer>,
  sealer: ExportFileSealer,
): Promise<SealedFileFacts> {
  const hash = createHash("sha256");
  let bytes = 0;
  const file = await open(filePath, "wx", 0o600);
  try {
    await file.write(sealer.header());
    for await (const chunk of chunks) {
      const plaintext = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      hash.update(plaintext);
      bytes += plaintext.length;
      for (const record of sealer.push(plaintext)) await file.writev(record);
    }
    await file.writev(sealer.finish());
    await file.sync();
  } finally {
    await file.close();
  }
  return { sha256: hash.digest("hex"), bytes };
}
