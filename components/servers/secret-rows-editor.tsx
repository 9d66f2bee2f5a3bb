"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import {
  rowErrorKey,
  type FieldErrors,
  type KeyValueRow,
  type SecretField,
} from "@/lib/client/servers/server-form-values";

export type SecretRowsEditorProps = {
  field: SecretField;
  rows: KeyValueRow[];
  onRowsChange: (rows: KeyValueRow[]) => void;
  errors: FieldErrors;
  disabled?: boolean;
  /** Names stored on the saved server; their values are never sent back. */
  savedKeys?: readonly string[];
  isReplacing: boolean;
  onReplacingChange: (isReplacing: boolean) => void;
};

const WORDS = {
  env: {
    one: "environment variable",
    many: "environment variables",
    add: "Add variable",
    legend: "Environment variables",
    namePlaceholder: "API_TOKEN",
  },
  headers: {
    one: "header",
    many: "headers",
    add: "Add header",
    legend: "Headers",
    namePlaceholder: "Authorization",
  },
} as const;

function nextId(rows: readonly KeyValueRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
}

function listNames(keys: readonly string[]): string {
  return keys.length <= 3 ? keys.join(", ") : `${keys.slice(0, 3).join(", ")}, …`;
}

/**
 * Name/value rows for env or headers. Values are write-only: typed masked, never shown again. For a
 * saved server the stored names are listed and the person chooses to replace them all.
 */
export function SecretRowsEditor(props: SecretRowsEditorProps) {
  const {
    field,
    rows,
    onRowsChange,
    errors,
    disabled = false,
    savedKeys = [],
    isReplacing,
    onReplacingChange,
  } = props;
  const words = WORDS[field];
  const groupError = errors[field];

  if (!isReplacing) {
    return (
      <fieldset className="space-y-2" disabled={disabled}>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{words.legend}</legend>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={`${field}-summary`}>
          {savedKeys.length === 0
            ? `No ${words.many} set.`
            : `${savedKeys.length} ${savedKeys.length === 1 ? words.one : words.many} set (${listNames(savedKeys)}). Values are write-only: enter new values to replace them.`}
        </p>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            onRowsChange(
              savedKeys.length > 0
                ? savedKeys.map((key, i) => ({ id: i + 1, key, value: "" }))
                : [{ id: 1, key: "", value: "" }],
            );
            onReplacingChange(true);
          }}
        >
          {savedKeys.length === 0 ? words.add : `Replace ${words.many}`}
        </Button>
      </fieldset>
    );
  }

  const update = (id: number, patch: Partial<KeyValueRow>) =>
    onRowsChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));

  return (
    <fieldset className="space-y-2" disabled={disabled} aria-describedby={`${field}-rows-hint`}>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{words.legend}</legend>
      <p id={`${field}-rows-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
        {savedKeys.length > 0
          ? `Saving replaces every stored ${words.one} with this list; remove all rows to clear them. Values are stored encrypted and never shown again.`
          : `Values are stored encrypted and never shown again.`}
      </p>
      {rows.length > 0 ? (
        <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-start gap-x-2 gap-y-2">
          <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400" aria-hidden="true">
            Name
          </span>
          <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400" aria-hidden="true">
            Value
          </span>
          <span />
          {rows.map((row, index) => {
            const keyError = errors[rowErrorKey(field, row.id, "key")];
            const valueError = errors[rowErrorKey(field, row.id, "value")];
            const label = `${words.one} ${index + 1}`;
            return (
              <div key={row.id} className="contents">
                <div>
                  <Input
                    aria-label={`Name of ${label}`}
                    value={row.key}
                    placeholder={words.namePlaceholder}
                    autoComplete="off"
                    spellCheck={false}
                    className="font-mono"
                    hasError={!!keyError}
                    aria-describedby={keyError ? `${field}-${row.id}-key-error` : undefined}
                    onChange={(e) => update(row.id, { key: e.currentTarget.value })}
                  />
                  {keyError ? (
                    <p
                      id={`${field}-${row.id}-key-error`}
                      className="mt-1 text-xs font-medium text-red-600 dark:text-red-400"
                    >
                      {keyError}
                    </p>
                  ) : null}
                </div>
                <div>
                  <Input
                    aria-label={`Value of ${label}`}
                    type="password"
                    value={row.value}
                    autoComplete="new-password"
                    spellCheck={false}
                    className="font-mono"
                    hasError={!!valueError}
                    aria-describedby={valueError ? `${field}-${row.id}-value-error` : undefined}
                    onChange={(e) => update(row.id, { value: e.currentTarget.value })}
                  />
                  {valueError ? (
                    <p
                      id={`${field}-${row.id}-value-error`}
                      className="mt-1 text-xs font-medium text-red-600 dark:text-red-400"
                    >
                      {valueError}
                    </p>
                  ) : null}
                </div>
                <Button
                  variant="ghost"
                  size="sm"
                  className="mt-0.5"
                  aria-label={`Remove ${label}${row.key ? ` (${row.key})` : ""}`}
                  onClick={() => onRowsChange(rows.filter((r) => r.id !== row.id))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {savedKeys.length > 0 ? `No ${words.many}: saving removes the stored ones.` : `No ${words.many}.`}
        </p>
      )}
      {groupError ? <p className="text-xs font-medium text-red-600 dark:text-red-400">{groupError}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onRowsChange([...rows, { id: nextId(rows), key: "", value: "" }])}
        >
          <Plus aria-hidden="true" />
          {words.add}
        </Button>
        {savedKeys.length > 0 ? (
          <Button variant="ghost" size="sm" onClick={() => onReplacingChange(false)}>
            Keep the stored {words.many}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
