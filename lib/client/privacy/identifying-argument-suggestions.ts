// Which of a tool's arguments could name the person a call is about, for the declaration editor.
import { argumentPathSchema } from "@/lib/privacy/declarations/privacy-declaration";
import { listSchemaFields } from "@/lib/client/tools/tool-schema-fields";

/** Names that usually carry an email, a phone number or an account id. */
const IDENTIFYING_NAME =
  /e-?mail|phone|mobile|msisdn|user|customer|client|person|account|subject|member|recipient/i;

const SCALAR_TYPES = new Set(["string", "integer", "number", "any", "enum"]);

/**
 * Argument paths ("email", "customer.phone") of the input schema's scalar fields, those whose
 * names suggest a person first, then the rest in schema order. Fields inside arrays are left out:
 * a declaration names one value, not every item. Already chosen paths are skipped.
 */
export function suggestIdentifyingArguments(inputSchema: unknown, chosen: readonly string[] = []): string[] {
  const taken = new Set(chosen);
  const paths = listSchemaFields(inputSchema)
    .filter((field) => !field.path.includes("[]") && isScalar(field.type))
    .map((field) => field.path)
    .filter((path) => !taken.has(path) && argumentPathSchema.safeParse(path).success);
  const likely = paths.filter((path) => IDENTIFYING_NAME.test(path));
  return [...likely, ...paths.filter((path) => !IDENTIFYING_NAME.test(path))];
}

function isScalar(type: string): boolean {
  return type.split(" | ").some((t) => SCALAR_TYPES.has(t) || t.startsWith("const "));
}
