import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/privacy/consent/parse-csv";

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.message}`);
  return result.records;
}

describe("parseCsv", () => {
  it("splits fields and records, with or without a final line break", () => {
    expect(records("a,b\n1,2\n")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
    expect(records("a,b\n1,2")).toEqual(records("a,b\n1,2\n"));
  });

  it("takes CRLF and a lone CR as line ends", () => {
    expect(records("a,b\r\n1,2\r\n3,4\r5,6")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", "4"] },
      { line: 4, fields: ["5", "6"] },
    ]);
  });

  it("drops a byte order mark so the first header is read as written", () => {
    expect(records("\uFEFFemail,purpose\n")[0].fields).toEqual(["email", "purpose"]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(records('"a,b","say ""hi""","two\r\nlines"\nnext,1,2')).toEqual([
      { line: 1, fields: ["a,b", 'say "hi"', "two\r\nlines"] },
      { line: 3, fields: ["next", "1", "2"] },
    ]);
  });

  it("keeps empty fields, including a quoted empty one at the end", () => {
    expect(records('a,,c,""\n')[0].fields).toEqual(["a", "", "c", ""]);
    expect(records(",\n")[0].fields).toEqual(["", ""]);
  });

  it("skips blank lines but counts them in line numbers", () => {
    expect(records("h\n\n\nx\n")).toEqual([
      { line: 1, fields: ["h"] },
      { line: 4, fields: ["x"] },
    ]);
  });

  it("answers no records for an empty text", () => {
    expect(records("")).toEqual([]);
    expect(records("\uFEFF")).toEqual([]);
  });

  it("reports a quote that is never closed at the line where it opened", () => {
    expect(parseCsv('h\nok\n"never\nclosed')).toEqual({
      ok: false,
      line: 3,
      message: "A quoted field is never closed.",
    });
  });

  it("refuses text after a closing quote and a quote inside an unquoted field", () => {
    expect(parseCsv('h\n"ab"c\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('h\nab"c"\n')).toMatchObject({ ok: false, line: 2 });
  });
});
