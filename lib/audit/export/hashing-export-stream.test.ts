import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { ExportChunk } from "@/lib/audit/export/export-chunks";
import { hashingExportStream, type SentFacts } from "@/lib/audit/export/hashing-export-stream";

type Recorded = {
  completed: SentFacts | null;
  failed: { reason: string; facts: SentFacts; error?: unknown } | null;
  order: string[];
};

function hooks(recorded: Recorded) {
  return {
    onComplete: async (facts: SentFacts) => {
      recorded.order.push("complete");
      recorded.completed = { ...facts };
    },
    onFailure: async (reason: "cancelled" | "error", facts: SentFacts, error?: unknown) => {
      recorded.order.push(`failure:${reason}`);
      recorded.failed = { reason, facts: { ...facts }, error };
    },
  };
}

async function* chunksOf(list: ExportChunk[], failAfter?: number) {
  for (const [index, chunk] of list.entries()) {
    if (failAfter !== undefined && index === failAfter) throw new Error("database went away");
    yield chunk;
  }
}

const CHUNKS: ExportChunk[] = [
  { text: "id,name\n", rows: 0, firstId: null, lastId: null },
  { text: "", rows: 0, firstId: null, lastId: null },
  { text: '1,Zoë\n2,"a, b"\n', rows: 2, firstId: 1, lastId: 2 },
  { text: "7,x\n", rows: 1, firstId: 7, lastId: 7 },
];

describe("hashingExportStream", () => {
  test("hashes and counts exactly the bytes sent, and completes before the body ends", async () => {
    const recorded: Recorded = { completed: null, failed: null, order: [] };
    const body = hashingExportStream(chunksOf(CHUNKS), hooks(recorded));
    const reader = body.getReader();
    const received: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        recorded.order.push("end");
        break;
      }
      received.push(value);
    }
    const bytes = Buffer.concat(received);
    expect(bytes.toString("utf8")).toBe(CHUNKS.map((c) => c.text).join(""));
    expect(recorded.completed).toEqual({
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      rowCount: 3,
      firstId: 1,
      lastId: 7,
    });
    expect(recorded.order).toEqual(["complete", "end"]);
  });

  test("a failing batch errors the body and is reported once, with what was sent so far", async () => {
    const recorded: Recorded = { completed: null, failed: null, order: [] };
    const body = hashingExportStream(chunksOf(CHUNKS, 3), hooks(recorded));
    await expect(new Response(body).text()).rejects.toThrow("database went away");
    expect(recorded.order).toEqual(["failure:error"]);
    expect(recorded.failed?.facts).toMatchObject({ rowCount: 2, firstId: 1, lastId: 2 });
  });

  test("a cancelled body is reported as cancelled and stops the chunks", async () => {
    const recorded: Recorded = { completed: null, failed: null, order: [] };
    let isStopped = false;
    async function* endless() {
      try {
        for (let id = 1; ; id++) yield { text: `${id}\n`, rows: 1, firstId: id, lastId: id };
      } finally {
        isStopped = true;
      }
    }
    const reader = hashingExportStream(endless(), hooks(recorded)).getReader();
    await reader.read();
    await reader.cancel();
    expect(recorded.order).toEqual(["failure:cancelled"]);
    expect(isStopped).toBe(true);
  });

  test("a failure while completing (storing the manifest) errors the body instead of ending it", async () => {
    const recorded: Recorded = { completed: null, failed: null, order: [] };
    const body = hashingExportStream(chunksOf(CHUNKS), {
      onComplete: async () => {
        throw new Error("manifest not stored");
      },
      onFailure: hooks(recorded).onFailure,
    });
    await expect(new Response(body).text()).rejects.toThrow("manifest not stored");
    expect(recorded.order).toEqual(["failure:error"]);
  });
});
