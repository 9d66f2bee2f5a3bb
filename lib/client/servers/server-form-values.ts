// The add/edit server form's state, and how it becomes the API's bodies (validated with the API's own schemas).
import type { z } from "zod";
import {
  connectionSchema,
  createServerSchema,
  updateServerSchema,
  type ConnectionInput,
  type CreateServerInput,
  type Transport,
  type UpdateServerInput,
} from "@/lib/servers/schemas";

export type KeyValueRow = { id: number; key: string; value: string };

/** Numeric settings, as typed; empty means "the default" when creating. */
export const LIMIT_FIELDS = [
  "timeoutMs",
  "maxConcurrent",
  "maxQueue",
  "breakerFailureThreshold",
  "breakerHalfOpenAfterMs",
  "breakerSuccessThreshold",
] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];

export const LIMIT_DEFAULTS: Record<LimitField, number> = {
  timeoutMs: 30_000,
  maxConcurrent: 10,
  maxQueue: 100,
  breakerFailureThreshold: 5,
  breakerHalfOpenAfterMs: 60_000,
  breakerSuccessThreshold: 3,
};

export type ServerFormValues = {
  name: string;
  slug: string;
  description: string;
  transport: Transport;
  command: string;
  /** One argument per line. */
  argsText: string;
  url: string;
  /** stdio: environment variables; HTTP/SSE: headers. Only sent when `isReplacingSecrets`. */
  secrets: KeyValueRow[];
  /** New servers always send their secrets; saved ones only when the person chose to replace them. */
  isReplacingSecrets: boolean;
  limits: Record<LimitField, string>;
  autoApprove: boolean;
};

export type FieldErrors = Record<string, string>;

/** A new server's form; people without servers:exec start on Streamable HTTP (stdio is not theirs to pick). */
export function emptyServerForm(transport: Transport = "stdio"): ServerFormValues {
  return {
    name: "",
    slug: "",
    description: "",
    transport,
    command: "",
    argsText: "",
    url: "",
    secrets: [],
    isReplacingSecrets: true,
    limits: {
      timeoutMs: "",
      maxConcurrent: "",
      maxQueue: "",
      breakerFailureThreshold: "",
      breakerHalfOpenAfterMs: "",
      breakerSuccessThreshold: "",
    },
    autoApprove: false,
  };
}

/** The form for a saved server: secrets stay stored (and unseen) unless replaced. */
export function serverFormFrom(
  server: {
    name: string;
    slug: string;
    description: string;
    transport: string;
    command: string | null;
    args: string[];
    url: string | null;
    autoApprove: boolean;
  } & Record<LimitField, number>,
): ServerFormValues {
  const transport: Transport =
    server.transport === "sse" || server.transport === "streamable_http" ? server.transport : "stdio";
  return {
    name: server.name,
    slug: server.slug,
    description: server.description,
    transport,
    command: server.command ?? "",
    argsText: server.args.join("\n"),
    url: server.url ?? "",
    // The stored names are shown beside the editor; rows start when the person chooses to replace them.
    secrets: [],
    isReplacingSecrets: false,
    limits: {
      timeoutMs: String(server.timeoutMs),
      maxConcurrent: String(server.maxConcurrent),
      maxQueue: String(server.maxQueue),
      breakerFailureThreshold: String(server.breakerFailureThreshold),
      breakerHalfOpenAfterMs: String(server.breakerHalfOpenAfterMs),
      breakerSuccessThreshold: String(server.breakerSuccessThreshold),
    },
    autoApprove: server.autoApprove,
  };
}

/**
 * A slug from a name: lowercase letters, digits and dashes, at most 32, starting with a letter or
 * digit ("Acme Weather API" -> "acme-weather-api").
 */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 32)
    .replace(/-+$/, "");
}

export function parseArgs(argsText: string): string[] {
  return argsText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const MAX_SECRET_LENGTH = 8192;

/** The error key of one row's name or value: `env.3.key`, `headers.1.value`. */
export function rowErrorKey(field: SecretField, rowId: number, part: "key" | "value"): string {
  return `${field}.${rowId}.${part}`;
}

export type SecretField = "env" | "headers";

export function secretFieldOf(transport: Transport): SecretField {
  return transport === "stdio" ? "env" : "headers";
}

/**
 * Rows with a name become a map; blank rows are ignored. Names are checked here, row by row, so
 * the error shows next to the row (the API reports them by name, which may be ambiguous).
 */
function secretMap(
  rows: readonly KeyValueRow[],
  field: SecretField,
): { map: Record<string, string>; errors: FieldErrors } {
  const map: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!key) errors[rowErrorKey(field, row.id, "key")] = "Enter a name";
    else if (!SECRET_NAME.test(key))
      errors[rowErrorKey(field, row.id, "key")] = "Start with a letter or _, then letters, digits, _ or -";
    else if (Object.hasOwn(map, key))
      errors[rowErrorKey(field, row.id, "key")] = "This name is already used above";
    else map[key] = row.value;
    if (key && row.value === "") errors[rowErrorKey(field, row.id, "value")] = "Enter a value";
    else if (row.value.length > MAX_SECRET_LENGTH)
      errors[rowErrorKey(field, row.id, "value")] = `At most ${MAX_SECRET_LENGTH} characters`;
  }
  return { map, errors };
}

function parseLimits(
  limits: Record<LimitField, string>,
  isCreating: boolean,
): { values: Partial<Record<LimitField, number>>; errors: FieldErrors } {
  const values: Partial<Record<LimitField, number>> = {};
  const errors: FieldErrors = {};
  for (const field of LIMIT_FIELDS) {
    const text = limits[field].trim();
    if (text === "") {
      if (!isCreating) errors[field] = "Enter a number";
      continue;
    }
    const value = Number(text);
    if (!Number.isInteger(value)) errors[field] = "Enter a whole number";
    else values[field] = value;
  }
  return { values, errors };
}

/**
 * Zod issues by dotted path (first message per field), in the API's field-error format. Issues
 * inside env/headers are left out: the rows were checked one by one already.
 */
function issuesToFields(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.path.length > 1 && (issue.path[0] === "env" || issue.path[0] === "headers")) continue;
    const key = issue.path.map(String).join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

type Result<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors };

function connectionPart(values: ServerFormValues): { connection: ConnectionInput; errors: FieldErrors } {
  if (values.transport === "stdio") {
    const { map, errors } = secretMap(values.secrets, "env");
    return {
      connection: {
        transport: "stdio",
        command: values.command.trim(),
        args: parseArgs(values.argsText),
        env: map,
      },
      errors,
    };
  }
  const { map, errors } = secretMap(values.secrets, "headers");
  return { connection: { transport: values.transport, url: values.url.trim(), headers: map }, errors };
}

/** What "Test connection" sends for a server not saved yet. */
export function toConnectionBody(values: ServerFormValues): Result<ConnectionInput> {
  const { connection, errors } = connectionPart(values);
  const parsed = connectionSchema.safeParse(connection);
  const all = { ...(parsed.success ? {} : issuesToFields(parsed.error)), ...errors };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, body: connection };
}

/** POST /api/v1/servers body, checked with the API's schema so errors show before the request. */
export function toCreateBody(values: ServerFormValues): Result<CreateServerInput> {
  const { connection, errors: secretErrors } = connectionPart(values);
  const { values: limits, errors: limitErrors } = parseLimits(values.limits, true);
  const description = values.description.trim();
  const body: CreateServerInput = {
    ...connection,
    slug: values.slug.trim(),
    name: values.name.trim(),
    ...(description ? { description } : {}),
    ...limits,
    autoApprove: values.autoApprove,
  };
  const parsed = createServerSchema.safeParse(body);
  const all = { ...(parsed.success ? {} : issuesToFields(parsed.error)), ...limitErrors, ...secretErrors };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, body };
}

/** PATCH body: the settings (the transport and slug cannot change), and the secrets only when replaced. */
export function toUpdateBody(values: ServerFormValues): Result<UpdateServerInput> {
  const { connection, errors: secretErrors } = connectionPart(values);
  const { values: limits, errors: limitErrors } = parseLimits(values.limits, false);
  const body: UpdateServerInput = {
    name: values.name.trim(),
    description: values.description.trim(),
    ...limits,
    autoApprove: values.autoApprove,
  };
  if (connection.transport === "stdio") {
    body.command = connection.command;
    body.args = connection.args;
    if (values.isReplacingSecrets) body.env = connection.env;
  } else {
    body.url = connection.url;
    if (values.isReplacingSecrets) body.headers = connection.headers;
  }
  const parsed = updateServerSchema.safeParse(body);
  const all = {
    ...(parsed.success ? {} : issuesToFields(parsed.error)),
    ...limitErrors,
    ...(values.isReplacingSecrets ? secretErrors : {}),
  };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, body };
}
