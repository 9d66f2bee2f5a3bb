import {
  SECTION_COLUMNS,
  type ExportHeader,
  type ExportRow,
  type ExportSection,
  type SectionCounts,
} from "@/lib/privacy/access/export-sections";

// Hand-written XML 1.0: element names are our column names (all valid XML names); values are
// escaped text. XML 1.0 cannot carry some characters at all, not even as references (most
// control characters, lone surrogates, U+FFFE/U+FFFF): they become U+FFFD. The JSON format keeps
// every value exactly.

export const XML_NAMESPACE = "urn:gatehouse:subject-export:v1";

/** Characters XML 1.0 does not allow, anywhere (https://www.w3.org/TR/xml/#charsets). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A section's record element: "audit_events" holds "audit_event"s, "account" an "account". */
export function recordElement(section: string): string {
  return section.endsWith("s") ? section.slice(0, -1) : section;
}

function valueElement(column: string, value: unknown): string {
  if (value === null || value === undefined) return `<${column} null="true"/>`;
  if (typeof value === "string") return `<${column}>${escapeXml(value)}</${column}>`;
  if (typeof value === "number" || typeof value === "boolean")
    return `<${column}>${String(value)}</${column}>`;
  // Structured values (arguments, details, roles) as JSON text: their keys need not be XML names.
  return `<${column} type="json">${escapeXml(JSON.stringify(value))}</${column}>`;
}

function recordXml(name: string, columns: readonly string[], row: ExportRow): string {
  return `    <${name}>${columns.map((c) => valueElement(c, row[c])).join("")}</${name}>\n`;
}

/** One well-formed document: the header as attributes, a notice, one element per section, the counts. */
export async function* encodeXmlExport(
  header: ExportHeader,
  sections: ExportSection[],
  counts: SectionCounts,
): AsyncGenerator<string> {
  const attributes = Object.entries(header)
    .filter(([key, value]) => key !== "notice" && value !== null)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<subjectExport xmlns="${XML_NAMESPACE}"${attributes}>\n`;
  yield `  <notice>${escapeXml(header.notice)}</notice>\n`;
  for (const section of sections) {
    const columns = SECTION_COLUMNS[section.name];
    const element = recordElement(section.name);
    yield `  <${section.name}>\n`;
    for await (const rows of section.batches) {
      // Flat chunks of a few dozen records, as the JSON encoder writes them (garbage that dies young).
      for (let start = 0; start < rows.length; start += 64)
        yield rows
          .slice(start, start + 64)
          .map((row) => recordXml(element, columns, row))
          .join("");
      counts[section.name] += rows.length;
    }
    yield `  </${section.name}>\n`;
  }
  const countAttributes = Object.entries(counts)
    .map(([name, count]) => ` ${name}="${count}"`)
    .join("");
  yield `  <counts${countAttributes}/>\n</subjectExport>\n`;
}
