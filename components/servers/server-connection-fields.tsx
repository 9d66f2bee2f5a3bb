"use client";

import { SecretRowsEditor } from "@/components/servers/secret-rows-editor";
import { TransportPicker } from "@/components/servers/transport-picker";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { TRANSPORT_LABELS } from "@/lib/client/servers/server-status";
import {
  secretFieldOf,
  type FieldErrors,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";
import { TextField } from "@/components/ui/text-field";

export type ServerConnectionFieldsProps = {
  values: ServerFormValues;
  onChange: (patch: Partial<ServerFormValues>) => void;
  errors: FieldErrors;
  /** A saved server keeps its transport. */
  isTransportEditable: boolean;
  savedSecretKeys?: readonly string[];
  /** servers:exec: only then may stdio be picked, or a stdio server's command, args and env be changed. */
  canRunCommands: boolean;
};

/** Why stdio is out of reach without servers:exec (the API answers 403 the same way). */
export const NO_EXEC_REASON =
  "stdio needs the servers:exec permission: a stdio server runs a command on the Gatehouse host. Ask an administrator to add it.";

const ARGS_HINT = "One argument per line, passed as they are (no shell).";
const COMMAND_HINT = "The program to start, e.g. node, npx or a full path.";
const URL_HINTS = {
  sse: "The server's SSE endpoint, often ending in /sse.",
  streamable_http: "The server's MCP endpoint, often ending in /mcp.",
};

export function ServerConnectionFields({
  values,
  onChange,
  errors,
  isTransportEditable,
  savedSecretKeys,
  canRunCommands,
}: ServerConnectionFieldsProps) {
  const secretField = secretFieldOf(values.transport);
  const isCommandLocked = values.transport === "stdio" && !canRunCommands;
  const urlHint = values.transport === "sse" ? URL_HINTS.sse : URL_HINTS.streamable_http;
  return (
    <>
      {isTransportEditable ? (
        <TransportPicker
          value={values.transport}
          unavailable={canRunCommands ? {} : { stdio: NO_EXEC_REASON }}
          // Env and headers do not carry over between transports.
          onChange={(transport) => onChange({ transport, secrets: [], isReplacingSecrets: true })}
        />
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Transport:{" "}
          <span className="font-medium text-zinc-900 dark:text-zinc-100">
            {TRANSPORT_LABELS[values.transport]}
          </span>
        </p>
      )}
      {isCommandLocked ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="command-locked">
          The command, its arguments and environment can only be changed by someone with the servers:exec
          permission: they decide what runs on the Gatehouse host.
        </p>
      ) : null}
      {values.transport === "stdio" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="server-command"
            label="Command"
            hint={COMMAND_HINT}
            error={errors.command}
            value={values.command}
            readOnly={isCommandLocked}
            required
            maxLength={1024}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            onChange={(e) => onChange({ command: e.currentTarget.value })}
          />
          <FormField id="server-args" label="Arguments" hint={ARGS_HINT} error={errors.args}>
            <Textarea
              id="server-args"
              value={values.argsText}
              readOnly={isCommandLocked}
              rows={3}
              spellCheck={false}
              className="font-mono"
              hasError={!!errors.args}
              aria-describedby={describedBy("server-args", { error: errors.args, hint: ARGS_HINT })}
              onChange={(e) => onChange({ argsText: e.currentTarget.value })}
            />
          </FormField>
        </div>
      ) : (
        <TextField
          id="server-url"
          label="URL"
          hint={urlHint}
          error={errors.url}
          type="url"
          value={values.url}
          required
          placeholder={values.transport === "sse" ? "https://example.com/sse" : "https://example.com/mcp"}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          onChange={(e) => onChange({ url: e.currentTarget.value })}
        />
      )}
      <SecretRowsEditor
        field={secretField}
        rows={values.secrets}
        onRowsChange={(secrets) => onChange({ secrets })}
        errors={errors}
        savedKeys={savedSecretKeys}
        disabled={isCommandLocked}
        isReplacing={values.isReplacingSecrets}
        onReplacingChange={(isReplacingSecrets) =>
          onChange(isReplacingSecrets ? { isReplacingSecrets } : { isReplacingSecrets, secrets: [] })
        }
      />
    </>
  );
}
