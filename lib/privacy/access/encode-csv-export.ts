import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/audit/export/encode-export-batch";
import { zipStream } from "@/lib/privacy/access/zip-stream";
import {
  SECTION_COLUMNS,
  type ExportHeader,
  type ExportRow,
  type ExportSection,
  type SectionCounts,
} from "@/lib/privacy/access/export-sections";

/** A CSV cell: JSON text for structured values, text a spreadsheet will not run as a formula. */
function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return neutraliseFormula(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function csvRows(columns: readonly string[], rows: ExportRow[]): Buffer {
  return Buffer.from(stringify(rows.map((row) => columns.map((column) => cell(row[column])))), "utf8");
}

async function* sectionCsv(section: ExportSection, counts: SectionCounts): AsyncGenerator<Buffer> {
  const columns = SECTION_COLUMNS[section.name];
  yield Buffer.from(stringify([[...columns]]), "utf8");
  for await (const rows of section.batches) {
    counts[section.name] += rows.length;
    yield csvRows(columns, rows);
  }
}

async function* headerCsv(header: ExportHeader): AsyncGenerator<Buffer> {
  yield Buffer.from(stringify([["field", "value"], ...Object.entries(header).map(([k, v]) => [k, cell(v)])]));
}

/** A zip: export.csv (what the file is, and whether anything was found), then one CSV per section. */
export function encodeCsvExport(
  header: ExportHeader,
  sections: ExportSection[],
  counts: SectionCounts,
): AsyncGenerator<Buffer> {
  return zipStream(
    [
      { name: "export.csv", content: headerCsv(header) },
      ...sections.map((section) => ({ name: `${section.name}.csv`, content: sectionCsv(section, counts) })),
    ],
    new Date(header.createdAt),
  );
}
