import { stringify } from "csv-stringify/sync";
import { EXPORT_COLUMNS, PAYLOAD_DROPPED, type ExportRecord } from "@/lib/audit/export/export-columns";

export type ExportFormat = "csv" | "jsonl";

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson",
};

/** Text a file of this format starts with: the CSV header row; nothing for JSONL. */
export function exportPreamble(format: ExportFormat): string {
  return format === "csv" ? stringify([[...EXPORT_COLUMNS]]) : "";
}

/** A cell of the CSV: JSON text for structured values, the bare marker strings, "" for null. */
function csvCell(column: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    // subject "[erased]" and the payload marker read better bare than as JSON strings.
    const isStructured = column === "subject" || column === "details" || column === "payload";
    return isStructured && value !== PAYLOAD_DROPPED && value !== "[erased]"
      ? JSON.stringify(value)
      : neutraliseFormula(value);
  }
  return JSON.stringify(value);
}

// Spreadsheets run a cell that starts with one of these as a formula (=HYPERLINK(…), @SUM(…)), and
// an unauthenticated visitor can put such text into an event (the e-mail typed at sign-in, the
// User-Agent). OWASP's advice: prefix a single quote, which the spreadsheet shows as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet will not evaluate; JSONL keeps the exact value. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A batch of records as text. csv-stringify does the quoting (commas, quotes and newlines inside
 * fields) and text cells that a spreadsheet would run as a formula get a leading "'"; JSONL is
 * one JSON object per line with the columns in export order, values exact.
 */
export function encodeExportBatch(format: ExportFormat, records: readonly ExportRecord[]): string {
  if (format === "jsonl") {
    let text = "";
    for (const record of records) text += JSON.stringify(record) + "\n";
    return text;
  }
  return stringify(records.map((record) => EXPORT_COLUMNS.map((column) => csvCell(column, record[column]))));
}
