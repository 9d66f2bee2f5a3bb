import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export type RowCounter = {
  push(chunk: Uint8Array): void;
  /** Records seen so far, the CSV header row not counted. */
  finish(): number;
};

/**
 * Counts CSV records fed in chunks of any size. A newline inside a quoted field does not end a
 * record; a doubled quote inside quotes is an escaped quote (which may straddle two chunks).
 * Works on bytes: in UTF-8, '"', '\n' and '\r' never occur inside a multi-byte character.
 */
export function createCsvRecordCounter(): RowCounter {
  let records = 0;
  let isQuoted = false;
  /** inside quotes, the previous byte was a quote: either the closing one or half of "" */
  let isAfterQuote = false;
  let hasContent = false;

  return {
    push(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (isAfterQuote) {
          isAfterQuote = false;
          if (byte === QUOTE) continue; // "" inside quotes: an escaped quote, still quoted
          isQuoted = false; // the quote closed the field; this byte is outside quotes
        }
        if (isQuoted) {
          if (byte === QUOTE) isAfterQuote = true;
          continue;
        }
        if (byte === QUOTE) {
          isQuoted = true;
          hasContent = true;
        } else if (byte === LF) {
          if (hasContent) records++;
          hasContent = false;
        } else if (byte !== CR) {
          hasContent = true;
        }
      }
    },
    finish() {
      const total = records + (hasContent ? 1 : 0);
      return Math.max(0, total - 1);
    },
  };
}

/** Counts JSONL lines holding anything but whitespace. */
export function createJsonlLineCounter(): RowCounter {
  let lines = 0;
  let hasContent = false;
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === LF) {
          if (hasContent) lines++;
          hasContent = false;
        } else if (byte !== CR && byte !== SPACE && byte !== TAB) {
          hasContent = true;
        }
      }
    },
    finish() {
      return lines + (hasContent ? 1 : 0);
    },
  };
}

export function createRowCounter(format: ExportFormat): RowCounter {
  return format === "csv" ? createCsvRecordCounter() : createJsonlLineCounter();
}
