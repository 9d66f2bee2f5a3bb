import {
  SECTION_COLUMNS,
  type ExportHeader,
  type ExportRow,
  type ExportSection,
  type SectionCounts,
} from "@/lib/privacy/access/export-sections";

/** A record as an object with its section's columns in order (null for a missing value). */
export function orderedRecord(columns: readonly string[], row: ExportRow): ExportRow {
  const record: ExportRow = {};
  for (const column of columns) record[column] = row[column] ?? null;
  return record;
}

/**
 * Records per chunk of text: joined at once into flat strings of some tens of KB, which die young;
 * one string per database batch, built by appending, cost the export ~30 MB more peak RSS.
 */
const RECORDS_PER_CHUNK = 64;

/**
 * One JSON document: the header's fields, one array per section, then the counts. Each record is
 * one line and each section opens with a line of its own ("name":[) and closes with "]", so the
 * offline verifier can count records without holding the document (verify-subject-export.ts).
 */
export async function* encodeJsonExport(
  header: ExportHeader,
  sections: ExportSection[],
  counts: SectionCounts,
): AsyncGenerator<string> {
  const head = JSON.stringify(header);
  yield `${head.slice(0, -1)},\n`;
  for (const section of sections) {
    const columns = SECTION_COLUMNS[section.name];
    yield `${JSON.stringify(section.name)}:[`;
    for await (const rows of section.batches) {
      for (let start = 0; start < rows.length; start += RECORDS_PER_CHUNK) {
        const lines = rows
          .slice(start, start + RECORDS_PER_CHUNK)
          .map(
            (row, i) =>
              `${counts[section.name] + start + i === 0 ? "\n" : ",\n"}${JSON.stringify(orderedRecord(columns, row))}`,
          );
        yield lines.join("");
      }
      counts[section.name] += rows.length;
    }
    yield "\n],\n";
  }
  yield `"counts":${JSON.stringify(counts)}}\n`;
}
