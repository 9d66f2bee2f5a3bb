import {
  SECTION_COLUMNS,
  type ExportHeader,
  type ExportRow,
  type ExportSection,
  type SectionCounts,
} from "@/lib/privacy/access/export-sections";

/** A record as JSON with its section's columns in order (null for a missing value), without a copy of it. */
export function recordJson(columns: readonly string[], row: ExportRow): string {
  let json = "{";
  for (let i = 0; i < columns.length; i++)
    json += `${i ? "," : ""}${JSON.stringify(columns[i])}:${JSON.stringify(row[columns[i]] ?? null)}`;
  return `${json}}`;
}

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
      let text = "";
      for (const row of rows) {
        text += `${counts[section.name] === 0 ? "\n" : ",\n"}${recordJson(columns, row)}`;
        counts[section.name] += 1;
      }
      yield text;
    }
    yield "\n],\n";
  }
  yield `"counts":${JSON.stringify(counts)}}\n`;
}
