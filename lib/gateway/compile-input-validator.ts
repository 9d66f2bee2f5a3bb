import "server-only";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// MCP says a tool's inputSchema is JSON Schema, 2020-12 unless its $schema says otherwise;
// draft-07 is what many servers still emit. Validators are compiled once per definition hash.
const draft07 = addFormats(new Ajv({ strict: false, allErrors: true, validateSchema: false }));
const draft2020 = addFormats(new Ajv2020({ strict: false, allErrors: true, validateSchema: false }));
const compiled = new Map<string, ValidateFunction>();

export type ArgumentIssue = { path: string; message: string };

export function compileInputValidator(
  definitionHash: string,
  schema: Record<string, unknown>,
): ValidateFunction {
  let validate = compiled.get(definitionHash);
  if (!validate) {
    const isDraft07 = typeof schema.$schema === "string" && /draft-0[4-7]/.test(schema.$schema);
    const { $schema: _ignored, ...rest } = schema;
    void _ignored;
    try {
      validate = (isDraft07 ? draft07 : draft2020).compile(rest);
    } catch {
      // An upstream schema Ajv cannot compile must not make the tool uncallable: accept and log.
      validate = Object.assign(() => true, { errors: null }) as unknown as ValidateFunction;
    }
    compiled.set(definitionHash, validate);
  }
  return validate;
}

export function argumentIssues(validate: ValidateFunction): ArgumentIssue[] {
  return (validate.errors ?? []).slice(0, 20).map((e) => ({
    path:
      e.instancePath ||
      (typeof e.params?.missingProperty === "string" ? `/${e.params.missingProperty}` : "/"),
    message: e.message ?? "is invalid",
  }));
}
