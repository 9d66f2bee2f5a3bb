import { StringDecoder } from "node:string_decoder";

// Counts the records of a JSON access export as it streams past, using the layout the writer
// keeps (encode-json-export.ts): a header line, then per section a line `"name":[`, one record
// per line, a line `],`, and a last line with the counts the writer saw. Every record line must
// parse as a JSON object, so a file that only looks right line by line still fails.

export type JsonExportFacts = {
  exportId: string | null;
  counts: Record<string, number>;
  declaredCounts: Record<string, number> | null;
  problem: string | null;
};

function numbersOf(value: object | null): Record<string, number> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

export function createJsonExportCounter() {
  const decoder = new StringDecoder("utf8");
  const facts: JsonExportFacts = { exportId: null, counts: {}, declaredCounts: null, problem: null };
  let rest = "";
  let lineNumber = 0;
  let section: string | null = null;

  function fail(problem: string): void {
    facts.problem ??= `line ${lineNumber}: ${problem}`;
  }

  function parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }

  function line(text: string): void {
    lineNumber += 1;
    if (facts.problem) return;
    if (lineNumber === 1) {
      const header = text.endsWith(",") ? parse(`${text.slice(0, -1)}}`) : undefined;
      if (typeof header !== "object" || header === null || !("exportId" in header))
        return fail("not the header of a subject export");
      facts.exportId = typeof header.exportId === "string" ? header.exportId : null;
      return;
    }
    if (section !== null) {
      if (text === "],") {
        section = null;
        return;
      }
      const record = parse(text.endsWith(",") ? text.slice(0, -1) : text);
      if (typeof record !== "object" || record === null || Array.isArray(record))
        return fail(`a record of ${section} is not a JSON object`);
      facts.counts[section] += 1;
      return;
    }
    const opening = /^"([a-z_]+)":\[$/.exec(text);
    if (opening) {
      section = opening[1];
      facts.counts[section] = 0;
      return;
    }
    if (text.startsWith(`"counts":`)) {
      const tail = parse(`{${text}`);
      if (typeof tail === "object" && tail !== null && "counts" in tail && typeof tail.counts === "object")
        facts.declaredCounts = numbersOf(tail.counts);
      else fail("the counts line is not JSON");
      return;
    }
    if (text !== "") fail("unexpected text between sections");
  }

  return {
    push(chunk: Buffer): void {
      const lines = (rest + decoder.write(chunk)).split("\n");
      rest = lines.pop() ?? "";
      for (const text of lines) line(text);
    },
    finish(): JsonExportFacts {
      const last = rest + decoder.end();
      if (last) line(last);
      if (section !== null) fail(`section ${section} is not closed`);
      if (!facts.declaredCounts) facts.problem ??= "the file ends before its counts";
      return facts;
    },
  };
}
