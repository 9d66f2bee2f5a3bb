import { stringify } from "csv-stringify/sync";
import { describe, expect, test } from "vitest";
import {
  createCsvRecordCounter,
  createJsonlLineCounter,
  type RowCounter,
} from "@/lib/audit/export/count-export-rows";

function countIn(counter: RowCounter, text: string, chunkSize = Infinity): number {
  const bytes = Buffer.from(text, "utf8");
  const size = Math.min(chunkSize, bytes.length || 1);
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.finish();
}

const tricky = [
  ["id", "details"],
  [1, "line one\nline two"],
  [2, 'a "quoted" word, and a comma'],
  [3, '""\n""'],
  [4, 'ends with a quote"'],
  [5, "crlf\r\ninside"],
  [6, ""],
];

describe("CSV record counter", () => {
  test("counts records after the header, newlines and quotes inside fields included", () => {
    const csv = stringify(tricky);
    expect(countIn(createCsvRecordCounter(), csv)).toBe(6);
  });

  test("gives the same count whatever the chunk boundaries (down to one byte)", () => {
    const csv = stringify(tricky);
    for (const size of [1, 2, 3, 5, 7, 64])
      expect(countIn(createCsvRecordCounter(), csv, size), `chunk ${size}`).toBe(6);
  });

  test("a last record without a trailing newline still counts; CRLF line ends work", () => {
    expect(countIn(createCsvRecordCounter(), "id,a\r\n1,x\r\n2,y")).toBe(2);
  });

  test("an empty file and a header alone have no rows", () => {
    expect(countIn(createCsvRecordCounter(), "")).toBe(0);
    expect(countIn(createCsvRecordCounter(), "id,details\n")).toBe(0);
  });

  test("a removed line changes the count", () => {
    const lines = stringify(tricky).split("\n");
    // Drop the record for id 2 (one physical line): one record fewer.
    const without = lines.filter((line) => !line.startsWith("2,")).join("\n");
    expect(countIn(createCsvRecordCounter(), without)).toBe(5);
  });
});

describe("JSONL line counter", () => {
  test("counts non-empty lines, with or without a final newline", () => {
    expect(countIn(createJsonlLineCounter(), '{"id":1}\n{"id":2}\n')).toBe(2);
    expect(countIn(createJsonlLineCounter(), '{"id":1}\n\n  \n{"id":2}')).toBe(2);
    expect(countIn(createJsonlLineCounter(), "")).toBe(0);
  });

  test("newlines escaped inside JSON strings do not split a line", () => {
    const text = [{ id: 1, details: "a\nb" }, { id: 2 }].map((r) => JSON.stringify(r)).join("\n") + "\n";
    expect(countIn(createJsonlLineCounter(), text, 3)).toBe(2);
  });
});
