import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createDeflateRaw } from "node:zlib";

// A zip written as it streams (PKWARE APPNOTE 4.3): each entry deflated with a data descriptor
// after it (sizes and CRC are known only at the end), then the central directory. No ZIP64: an
// entry or archive past 4 GiB stops the export rather than writing a broken file.

export type ZipEntry = { name: string; content: AsyncIterable<Buffer> };

const LIMIT = 0xffff_ffff;
const FLAGS = 0x0008 | 0x0800; // data descriptor follows; names are UTF-8
const DEFLATE = 8;
const VERSION = 20;

function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

type Written = { name: Buffer; crc: number; compressed: number; size: number; offset: number };

function localHeader(name: Buffer, stamp: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(stamp.time, 10);
  header.writeUInt16LE(stamp.date, 12);
  // CRC and sizes (14..25) stay zero: the data descriptor carries them.
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(entry: Written): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc, 4);
  descriptor.writeUInt32LE(entry.compressed, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralEntry(entry: Written, stamp: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(stamp.time, 12);
  header.writeUInt16LE(stamp.date, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

function checkLimit(value: number, what: string): void {
  if (value > LIMIT) throw new Error(`the zip's ${what} passed 4 GiB (ZIP64 is not supported)`);
}

/** The zip's bytes, entry by entry; each entry's content is read (and deflated) as it streams. */
export async function* zipStream(entries: Iterable<ZipEntry>, modified = new Date()): AsyncGenerator<Buffer> {
  const stamp = dosDateTime(modified);
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = localHeader(name, stamp);
    const facts: Written = { name, crc: 0, compressed: 0, size: 0, offset };
    yield local;
    offset += local.length;

    async function* tapped(): AsyncGenerator<Buffer> {
      for await (const chunk of entry.content) {
        facts.crc = crc32(chunk, facts.crc);
        facts.size += chunk.length;
        yield chunk;
      }
    }
    const deflate = createDeflateRaw();
    const pumping = pipeline(Readable.from(tapped()), deflate);
    // Settled in finally; this only keeps an early failure from being reported as unhandled.
    pumping.catch(() => undefined);
    try {
      for await (const out of deflate) {
        const bytes: Buffer = out;
        facts.compressed += bytes.length;
        yield bytes;
      }
      await pumping;
    } finally {
      await pumping.catch(() => undefined);
    }
    checkLimit(facts.size, `entry ${entry.name}`);
    const descriptor = dataDescriptor(facts);
    yield descriptor;
    offset += facts.compressed + descriptor.length;
    written.push(facts);
  }
  checkLimit(offset, "size");
  const directory = Buffer.concat(written.map((entry) => centralEntry(entry, stamp)));
  yield directory;
  yield endOfCentralDirectory(written.length, directory.length, offset);
}
