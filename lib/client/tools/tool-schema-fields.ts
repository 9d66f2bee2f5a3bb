// A tool's JSON Schema as rows a person can read: one per field, nested fields indented under their parent.

export type SchemaField = {
  /** Dotted path from the root, unique per row ("options.units", "items[].id"). */
  path: string;
  name: string;
  depth: number;
  type: string;
  isRequired: boolean;
  description: string | null;
  enumValues: string[] | null;
  defaultValue: string | null;
  /** Other constraints worth knowing: "format: uri", "min: 1", "pattern: ^a". */
  constraints: string[];
};

type Schema = Record<string, unknown>;

const MAX_DEPTH = 6;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The last segment of a $ref, e.g. "#/$defs/Point" -> "Point". */
function refName(ref: string): string {
  return ref.split("/").pop() || ref;
}

/** A short type label: "string", "integer | null", "string[]", "Point", "enum". */
export function describeSchemaType(schema: unknown): string {
  if (!isSchema(schema)) return schema === true ? "any" : "unknown";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union) && union.length > 0)
    return [...new Set(union.map(describeSchemaType))].join(" | ");
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return schema.allOf.map(describeSchemaType).join(" & ");
  if ("const" in schema) return `const ${show(schema.const)}`;
  const type = schema.type;
  if (Array.isArray(type))
    return type.map((t) => (t === "array" ? arrayLabel(schema) : String(t))).join(" | ");
  if (type === "array") return arrayLabel(schema);
  if (typeof type === "string") return type;
  if (Array.isArray(schema.enum)) return "enum";
  if (isSchema(schema.properties)) return "object";
  return "any";
}

function arrayLabel(schema: Schema): string {
  if (!("items" in schema)) return "array";
  const inner = describeSchemaType(schema.items);
  return inner.includes(" ") ? `(${inner})[]` : `${inner}[]`;
}

function constraintsOf(schema: Schema): string[] {
  const labels: [string, string][] = [
    ["format", "format"],
    ["minimum", "min"],
    ["exclusiveMinimum", "> "],
    ["maximum", "max"],
    ["exclusiveMaximum", "< "],
    ["minLength", "min length"],
    ["maxLength", "max length"],
    ["minItems", "min items"],
    ["maxItems", "max items"],
    ["pattern", "pattern"],
  ];
  const found: string[] = [];
  for (const [key, label] of labels) {
    if (!(key in schema)) continue;
    found.push(label.endsWith(" ") ? `${label}${show(schema[key])}` : `${label}: ${show(schema[key])}`);
  }
  return found;
}

/** Where nested fields live: the object's own properties, or those of its array items. */
function childrenOf(schema: Schema): { schema: Schema; suffix: string } | null {
  if (isSchema(schema.properties)) return { schema, suffix: "" };
  if (isSchema(schema.items) && isSchema(schema.items.properties))
    return { schema: schema.items, suffix: "[]" };
  return null;
}

function collect(schema: Schema, prefix: string, depth: number, rows: SchemaField[]): void {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  for (const [name, raw] of Object.entries(properties)) {
    const field: Schema = isSchema(raw) ? raw : {};
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({
      path,
      name,
      depth,
      type: describeSchemaType(raw),
      isRequired: required.has(name),
      description:
        typeof field.description === "string" && field.description.trim()
          ? field.description
          : typeof field.title === "string"
            ? field.title
            : null,
      enumValues: Array.isArray(field.enum) ? field.enum.map(show) : null,
      defaultValue: "default" in field ? show(field.default) : null,
      constraints: constraintsOf(field),
    });
    const nested = childrenOf(field);
    if (nested && depth + 1 < MAX_DEPTH) collect(nested.schema, `${path}${nested.suffix}`, depth + 1, rows);
  }
}

/**
 * The fields of an object schema, depth-first, nested objects (and arrays of objects) indented
 * one level. Schemas that are not objects with properties give no rows: show the raw JSON then.
 */
export function listSchemaFields(schema: unknown): SchemaField[] {
  if (!isSchema(schema)) return [];
  const rows: SchemaField[] = [];
  collect(schema, "", 0, rows);
  return rows;
}
