// A small RFC 4180 reader: comma-separated fields, records ended by CRLF or LF, fields in double
// quotes may hold commas, line breaks and "" for a quote. A leading byte order mark is dropped and
// blank lines are skipped. Pure, so the consent import's rules are tested apart from the database.

export type CsvRecord = {
  /** 1-based line on which the record starts */
  line: number;
  fields: string[];
};

export type CsvParseResult =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quotedFrom = 0; // line of the open quote, 0 when outside quotes
  let afterQuote = false; // a quoted field just closed: only a separator or line end may follow

  const endRecord = () => {
    fields.push(field);
    // A blank line is one empty field: nothing to import, not an error.
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    afterQuote = false;
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quotedFrom) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quotedFrom = 0;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      return { ok: false, line, message: "Text after a closing quote; quote the whole field." };
    } else if (ch === '"') {
      if (field !== "")
        return {
          ok: false,
          line,
          message: "A quote inside an unquoted field; quote the whole field and double the quote.",
        };
      quotedFrom = line;
    } else {
      field += ch;
    }
  }
  if (quotedFrom) return { ok: false, line: quotedFrom, message: "A quoted field is never closed." };
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}
