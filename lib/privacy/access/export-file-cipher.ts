import { createCipheriv, createDecipheriv, randomFillSync } from "node:crypto";
import { createReadStream } from "node:fs";

// An export file at rest: "GHSX" and a version byte, then records of
//   u32 length of the ciphertext (big-endian) | 12-byte nonce | ciphertext | 16-byte GCM tag,
// each sealed with its own random nonce under the export's key. The associated data binds a
// record to its export, its position and whether it is the last one, so records cannot be
// reordered, moved to another export, dropped, or cut off at the end without failing to open.

const MAGIC = Buffer.from("GHSX\u0001", "latin1");
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintext per record: big enough that framing costs nothing, small enough to stream. */
export const RECORD_PLAINTEXT_BYTES = 64 * 1024;

function associatedData(exportId: string, index: number, isLast: boolean): Buffer {
  const position = Buffer.alloc(9);
  position.writeBigUInt64BE(BigInt(index), 0);
  position[8] = isLast ? 1 : 0;
  return Buffer.concat([Buffer.from(exportId, "utf8"), position]);
}

/** Seals plaintext as it comes: push() returns the records that are full, finish() the last one. */
export class ExportFileSealer {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;

  constructor(
    private readonly key: Buffer,
    private readonly exportId: string,
  ) {}

  /** The bytes a file starts with. */
  header(): Buffer {
    return MAGIC;
  }

  /** Each sealed record as its parts (framing, ciphertext, tag), to be written in order without a copy. */
  push(plaintext: Buffer): Buffer[][] {
    if (this.pendingBytes + plaintext.length < RECORD_PLAINTEXT_BYTES) {
      this.pending.push(plaintext);
      this.pendingBytes += plaintext.length;
      return [];
    }
    // One copy of what is pending, then whole records cut from it.
    const all = this.pending.length ? Buffer.concat([...this.pending, plaintext]) : plaintext;
    const sealed: Buffer[][] = [];
    let offset = 0;
    for (; all.length - offset >= RECORD_PLAINTEXT_BYTES; offset += RECORD_PLAINTEXT_BYTES)
      sealed.push(this.seal(all.subarray(offset, offset + RECORD_PLAINTEXT_BYTES), false));
    const rest = all.subarray(offset);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    return sealed;
  }

  /** The last record (possibly empty), marked as last. */
  finish(): Buffer[] {
    const last = this.seal(Buffer.concat(this.pending), true);
    this.pending = [];
    this.pendingBytes = 0;
    return last;
  }

  private seal(plaintext: Buffer, isLast: boolean): Buffer[] {
    const framing = Buffer.alloc(4 + NONCE_BYTES);
    framing.writeUInt32BE(plaintext.length, 0); // GCM ciphertext is as long as the plaintext
    randomFillSync(framing, 4, NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, framing.subarray(4));
    cipher.setAAD(associatedData(this.exportId, this.index++, isLast));
    const ciphertext = cipher.update(plaintext);
    cipher.final();
    return [framing, ciphertext, cipher.getAuthTag()];
  }
}

function openRecord(record: Buffer, key: Buffer, aad: Buffer): Buffer {
  const nonce = record.subarray(4, 4 + NONCE_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
  const plaintext = decipher.update(record.subarray(4 + NONCE_BYTES, record.length - TAG_BYTES));
  decipher.final(); // throws when the tag does not match
  return plaintext;
}

function recordLength(buffered: Buffer): number | null {
  return buffered.length < 4 ? null : 4 + NONCE_BYTES + buffered.readUInt32BE(0) + TAG_BYTES;
}

/** The file's plaintext, record by record; throws if any record was changed, moved or cut off. */
export async function* openExportFile(
  filePath: string,
  key: Buffer,
  exportId: string,
): AsyncGenerator<Buffer> {
  let buffered: Buffer = Buffer.alloc(0);
  let index = 0;
  let hasHeader = false;
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    const bytes: Buffer = chunk;
    buffered = buffered.length ? Buffer.concat([buffered, bytes]) : bytes;
    if (!hasHeader) {
      if (buffered.length < MAGIC.length) continue;
      if (!buffered.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("not a subject export file");
      buffered = buffered.subarray(MAGIC.length);
      hasHeader = true;
    }
    // A record followed by more bytes is not the last; the last is opened once the file ends.
    for (
      let total = recordLength(buffered);
      total !== null && buffered.length > total;
      total = recordLength(buffered)
    ) {
      const plaintext = openRecord(
        buffered.subarray(0, total),
        key,
        associatedData(exportId, index++, false),
      );
      buffered = buffered.subarray(total);
      if (plaintext.length) yield plaintext;
    }
  }
  if (!hasHeader || recordLength(buffered) !== buffered.length)
    throw new Error("the export file is truncated");
  const last = openRecord(buffered, key, associatedData(exportId, index, true));
  if (last.length) yield last;
}
