import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  ExportFileSealer,
  openExportFile,
  RECORD_PLAINTEXT_BYTES,
} from "@/lib/privacy/access/export-file-cipher";

const dir = mkdtempSync(path.join(os.tmpdir(), "export-cipher-"));
const key = randomBytes(32);

function sealed(plaintext: Buffer, chunk = 10_000): Buffer {
  const sealer = new ExportFileSealer(key, "dsx_test");
  const parts: Buffer[] = [sealer.header()];
  for (let i = 0; i < plaintext.length; i += chunk)
    parts.push(...sealer.push(plaintext.subarray(i, i + chunk)).flat());
  parts.push(...sealer.finish());
  return Buffer.concat(parts);
}

async function open(bytes: Buffer, exportId = "dsx_test"): Promise<Buffer> {
  const file = path.join(dir, `${randomBytes(4).toString("hex")}.gcm`);
  writeFileSync(file, bytes);
  const chunks: Buffer[] = [];
  for await (const chunk of openExportFile(file, key, exportId)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const RECORD = 4 + 12 + RECORD_PLAINTEXT_BYTES + 16;

describe("export file records", () => {
  test("round trip across records, whatever the chunking; an empty file too", async () => {
    const plaintext = randomBytes(RECORD_PLAINTEXT_BYTES * 3 + 123);
    expect((await open(sealed(plaintext, 7_777))).equals(plaintext)).toBe(true);
    expect((await open(sealed(plaintext, RECORD_PLAINTEXT_BYTES))).equals(plaintext)).toBe(true);
    expect((await open(sealed(Buffer.alloc(0)))).length).toBe(0);
    // Exactly whole records: the last (empty) record still marks the end.
    const whole = randomBytes(RECORD_PLAINTEXT_BYTES * 2);
    expect((await open(sealed(whole))).equals(whole)).toBe(true);
  });

  test("a changed byte, a dropped, swapped or appended record, a cut end or another export's id all fail", async () => {
    const file = sealed(randomBytes(RECORD_PLAINTEXT_BYTES * 3 + 10));
    const header = file.subarray(0, 5);
    const records = [0, 1, 2, 3].map((i) => file.subarray(5 + i * RECORD, 5 + (i + 1) * RECORD));
    const flipped = Buffer.from(file);
    flipped[100] ^= 1;
    await expect(open(flipped)).rejects.toThrow();
    await expect(open(Buffer.concat([header, records[0], records[2], records[3]]))).rejects.toThrow();
    await expect(
      open(Buffer.concat([header, records[1], records[0], records[2], records[3]])),
    ).rejects.toThrow();
    await expect(open(Buffer.concat([header, records[0], records[1], records[2]]))).rejects.toThrow();
    await expect(open(Buffer.concat([file, records[0]]))).rejects.toThrow();
    await expect(open(file.subarray(0, file.length - 3))).rejects.toThrow();
    await expect(open(file, "dsx_other")).rejects.toThrow();
  });
});
