"use client";

import { Plus, Trash2 } from "lucide-react";
import { useEffect, useState } from "react";
import { newGrantRow, type GrantRow } from "@/lib/client/roles/role-draft";
import { useToolPathOptions } from "@/lib/client/access/use-tool-path-options";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Select } from "@/components/ui/select";

export type ToolGrantsEditorProps = {
  rows: readonly GrantRow[];
  onChange: (rows: GrantRow[]) => void;
  /** Validation messages by row key. */
  errors: Readonly<Record<string, string>>;
  disabled?: boolean;
};

function GrantRowEditor({
  row,
  index,
  error,
  onChange,
  onRemove,
  disabled,
  isJustAdded,
}: {
  row: GrantRow;
  index: number;
  error?: string;
  onChange: (row: GrantRow) => void;
  onRemove: () => void;
  disabled: boolean;
  isJustAdded: boolean;
}) {
  const options = useToolPathOptions(row.pattern);
  const patternId = `grant-${row.key}-pattern`;

  useEffect(() => {
    // "Add grant" puts the cursor in the new row's pattern, where the suggestions open.
    if (isJustAdded) document.getElementById(patternId)?.focus();
  }, [isJustAdded, patternId]);
  return (
    <li className="grid grid-cols-[7rem_1fr_auto] items-start gap-2">
      <div>
        <label htmlFor={`grant-${row.key}-effect`} className="sr-only">
          Effect of grant {index + 1}
        </label>
        <Select
          id={`grant-${row.key}-effect`}
          value={row.effect}
          disabled={disabled}
          onChange={(e) => onChange({ ...row, effect: e.currentTarget.value === "deny" ? "deny" : "allow" })}
          className={
            row.effect === "deny"
              ? "text-red-700 dark:text-red-400"
              : "text-emerald-700 dark:text-emerald-400"
          }
        >
          <option value="allow">Allow</option>
          <option value="deny">Deny</option>
        </Select>
      </div>
      <div>
        <label htmlFor={patternId} className="sr-only">
          Pattern of grant {index + 1}
        </label>
        <Combobox
          id={patternId}
          value={row.pattern}
          onValueChange={(pattern) => onChange({ ...row, pattern })}
          options={options}
          placeholder="server/tool, e.g. everything/*"
          hasError={!!error}
          disabled={disabled}
          className="font-mono"
          aria-describedby={error ? `${patternId}-error` : undefined}
        />
        {error ? (
          <p id={`${patternId}-error`} className="mt-1 text-xs font-medium text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
      <Button
        variant="ghost"
        size="sm"
        className="mt-0.5"
        onClick={onRemove}
        disabled={disabled}
        aria-label={`Remove grant ${index + 1}${row.pattern ? ` (${row.pattern})` : ""}`}
      >
        <Trash2 aria-hidden="true" />
      </Button>
    </li>
  );
}

/** Rows of allow/deny + pattern over "<server>/<tool>", with suggestions from the registry. */
export function ToolGrantsEditor({ rows, onChange, errors, disabled = false }: ToolGrantsEditorProps) {
  const [justAdded, setJustAdded] = useState<string | null>(null);

  function add() {
    const row = newGrantRow();
    setJustAdded(row.key);
    onChange([...rows, row]);
  }

  return (
    <div className="space-y-3">
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          No tool grants: holders of this role can call no tools through it. Add an allow grant such as{" "}
          <code className="font-mono">everything/*</code>.
        </p>
      ) : (
        <ul className="space-y-2" aria-label="Tool grants">
          {rows.map((row, index) => (
            <GrantRowEditor
              key={row.key}
              row={row}
              index={index}
              error={errors[row.key]}
              disabled={disabled}
              isJustAdded={row.key === justAdded}
              onChange={(next) => onChange(rows.map((r) => (r.key === row.key ? next : r)))}
              onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
            />
          ))}
        </ul>
      )}
      <Button variant="secondary" size="sm" onClick={add} disabled={disabled}>
        <Plus aria-hidden="true" />
        Add grant
      </Button>
    </div>
  );
}
