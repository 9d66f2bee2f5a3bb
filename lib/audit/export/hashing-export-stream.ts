import { createHash } from "node:crypto";
import type { ExportChunk } from "@/lib/audit/export/export-chunks";

/** What was actually sent: the SHA-256 and length of exactly these bytes, and the rows in them. */
export type SentFacts = {
  sha256: string;
  bytes: number;
  rowCount: number;
  firstId: number | null;
  lastId: number | null;
};

export type HashingStreamHooks = {
  /** Runs after the last chunk is queued and before the body ends, so the manifest exists once the download is complete. */
  onComplete(facts: SentFacts): Promise<void>;
  /** The client went away, or producing a chunk (or the manifest) failed. */
  onFailure(reason: "cancelled" | "error", facts: SentFacts, error?: unknown): Promise<void>;
};

/**
 * A pull-based byte stream over the chunks: the next batch is read from the database only when
 * the client has taken the previous one, so memory stays flat for an export of any size.
 */
export function hashingExportStream(
  chunks: AsyncGenerator<ExportChunk>,
  hooks: HashingStreamHooks,
): ReadableStream<Uint8Array> {
  const hash = createHash("sha256");
  const encoder = new TextEncoder();
  const facts: SentFacts = { sha256: "", bytes: 0, rowCount: 0, firstId: null, lastId: null };
  // open -> completing (manifest being written) -> done; a failure or cancel while open -> done.
  let state: "open" | "completing" | "done" = "open";

  async function fail(reason: "cancelled" | "error", error?: unknown): Promise<void> {
    if (state === "done") return;
    state = "done";
    await hooks.onFailure(reason, facts, error);
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // Loop until something is queued: a pull that queues nothing is not called again.
          for (;;) {
            const next = await chunks.next();
            if (state !== "open") return; // cancelled while the batch was being read
            if (next.done) {
              facts.sha256 = hash.digest("hex");
              state = "completing";
              await hooks.onComplete(facts);
              state = "done";
              controller.close();
              return;
            }
            const bytes = encoder.encode(next.value.text);
            hash.update(bytes);
            facts.bytes += bytes.length;
            facts.rowCount += next.value.rows;
            facts.firstId ??= next.value.firstId;
            facts.lastId = next.value.lastId ?? facts.lastId;
            if (bytes.length > 0) {
              controller.enqueue(bytes);
              return;
            }
          }
        } catch (error) {
          // Reading a batch or storing the manifest failed: the download must not look complete.
          await fail("error", error);
          controller.error(error);
        }
      },
      async cancel() {
        // Once the manifest is being written the export is complete on our side.
        if (state !== "open") return;
        await fail("cancelled");
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
