"use client";

import { useState } from "react";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";

export type AuditFilterComboboxProps = {
  id: string;
  /** The applied filter value (from the URL). */
  value: string | undefined;
  /** Suggestions; `value` is what the filter takes, `label` what people read and type. */
  options: readonly ComboboxOption[];
  onCommit: (value: string | undefined) => void;
  placeholder?: string;
};

/**
 * An exact-match filter with suggestions (action, actor, tool). Typing only narrows the list: the
 * filter applies when a suggestion is picked, or on Enter or leaving the field (text that names
 * no suggestion is taken as is, so a pasted id works). Emptying the field clears the filter.
 */
export function AuditFilterCombobox({ id, value, options, onCommit, placeholder }: AuditFilterComboboxProps) {
  const labelOf = (v: string | undefined) =>
    v === undefined ? "" : (options.find((o) => o.value === v)?.label ?? v);
  const appliedText = labelOf(value);
  const [text, setText] = useState(appliedText);
  const [shownApplied, setShownApplied] = useState(appliedText);

  // Follow the URL when it changes from elsewhere (clear filters, a link in the detail panel) or names load.
  if (shownApplied !== appliedText) {
    setShownApplied(appliedText);
    setText(appliedText);
  }

  const needle = text.trim().toLowerCase();
  const shown =
    needle && needle !== appliedText.toLowerCase()
      ? options.filter((o) => o.label.toLowerCase().includes(needle))
      : options;

  function commitText() {
    const typed = text.trim();
    const match = options.find((o) => o.label.toLowerCase() === typed.toLowerCase() || o.value === typed);
    const next = typed ? (match?.value ?? typed) : undefined;
    if (next !== value) onCommit(next);
  }

  return (
    <form
      role="presentation"
      onSubmit={(event) => {
        event.preventDefault();
        commitText();
      }}
    >
      <Combobox
        id={id}
        value={text}
        onValueChange={setText}
        options={shown}
        onSelect={(option) => {
          if (option.value !== value) onCommit(option.value);
        }}
        onBlur={commitText}
        placeholder={placeholder}
        emptyText="No match: press Enter to search for this text"
      />
    </form>
  );
}
