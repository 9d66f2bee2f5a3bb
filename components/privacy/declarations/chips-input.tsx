"use client";

import { X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { focusRing } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { describedBy, FormField } from "@/components/ui/form-field";
import { cn } from "@/lib/client/cn";

export type ChipsInputProps = {
  id: string;
  label: string;
  hint?: string;
  /** from the server, for the whole list */
  error?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** offered as the person types; picking one adds it */
  suggestions?: readonly string[];
  /** the message when the typed text cannot be added, or null */
  validate: (text: string) => string | null;
  placeholder?: string;
  disabled?: boolean;
};

/** A list of short values as removable chips; Enter (or a suggestion) adds what is typed. */
export function ChipsInput(props: ChipsInputProps) {
  const { id, label, hint, values, onChange, suggestions = [], validate, placeholder, disabled } = props;
  const [text, setText] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const error = inputError ?? props.error;
  const needle = text.trim().toLowerCase();
  const options = suggestions
    .filter((s) => !values.includes(s) && s.toLowerCase().includes(needle))
    .map((s) => ({ value: s, label: s }));

  function add(raw: string) {
    const value = raw.trim();
    if (value === "") return;
    const problem = values.includes(value) ? "Already in the list" : validate(value);
    if (problem) return setInputError(problem);
    onChange([...values, value]);
    setText("");
    setInputError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // The Combobox handles Enter on a highlighted suggestion first (and stops it); this is free text.
    if (event.key === "Enter" && !event.defaultPrevented) {
      event.preventDefault();
      add(text);
    }
  }

  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {values.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={label}>
          {values.map((value) => (
            <li
              key={value}
              className="inline-flex items-center gap-1 rounded-md bg-zinc-100 py-0.5 pr-0.5 pl-2 font-mono text-xs text-zinc-800 ring-1 ring-zinc-500/20 ring-inset dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-400/20"
            >
              {value}
              <button
                type="button"
                onClick={() => onChange(values.filter((v) => v !== value))}
                disabled={disabled}
                aria-label={`Remove ${value}`}
                className={cn(
                  "rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 dark:hover:bg-zinc-700 dark:hover:text-zinc-100",
                  focusRing,
                )}
              >
                <X className="size-3" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div onKeyDown={onKeyDown}>
        <Combobox
          id={id}
          value={text}
          onValueChange={(next) => {
            setText(next);
            setInputError(null);
          }}
          options={options}
          onSelect={(option) => add(option.value)}
          placeholder={placeholder}
          className="font-mono"
          hasError={!!error}
          aria-describedby={describedBy(id, { error: error ?? undefined, hint })}
          disabled={disabled}
        />
      </div>
    </FormField>
  );
}
