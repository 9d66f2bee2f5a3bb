"use client";

import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/client/cn";

export type ComboboxOption = { value: string; label: string; hint?: ReactNode };

export type ComboboxProps = {
  id: string;
  /** The text in the input. */
  value: string;
  onValueChange: (text: string) => void;
  /** The suggestions for the current text; the caller filters them. */
  options: readonly ComboboxOption[];
  /** Called when a suggestion is picked (click or Enter); the input takes its label unless the caller changes it. */
  onSelect?: (option: ComboboxOption) => void;
  /** Shown in the list when there are no options for the text. */
  emptyText?: string;
  placeholder?: string;
  hasError?: boolean;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  className?: string;
  "aria-describedby"?: string;
  "aria-label"?: string;
  onBlur?: () => void;
};

const MAX_SHOWN = 50;

/**
 * A text input with a list of suggestions (the WAI-ARIA combobox pattern): arrow keys move through
 * the list, Enter picks, Escape closes. Free text stays allowed; the caller decides what is valid.
 */
export function Combobox(props: ComboboxProps) {
  const { id, value, onValueChange, options, onSelect, emptyText, className, onBlur, ...inputProps } = props;
  const listId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = options.slice(0, MAX_SHOWN);
  const isListVisible = isOpen && (shown.length > 0 || !!emptyText);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function pick(option: ComboboxOption) {
    onValueChange(option.label);
    onSelect?.(option);
    setIsOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen) setIsOpen(true);
      if (shown.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + shown.length) % shown.length);
    } else if (event.key === "Enter" && isOpen && active >= 0 && shown[active]) {
      event.preventDefault();
      pick(shown[active]);
    } else if (event.key === "Escape" && isOpen) {
      // Close the list without also closing a surrounding dialog.
      event.preventDefault();
      event.stopPropagation();
      setIsOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className={cn("relative", className)}>
      <Input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isListVisible}
        aria-controls={listId}
        aria-activedescendant={isListVisible && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          onValueChange(event.currentTarget.value);
          setIsOpen(true);
          setActive(-1);
        }}
        onFocus={() => setIsOpen(true)}
        onClick={() => setIsOpen(true)}
        onBlur={() => {
          setIsOpen(false);
          setActive(-1);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
        {...inputProps}
      />
      <ul
        id={listId}
        role="listbox"
        hidden={!isListVisible}
        className="absolute top-full right-0 left-0 z-50 mt-1 max-h-64 overflow-y-auto rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {shown.length === 0 ? (
          <li
            role="option"
            aria-disabled="true"
            aria-selected={false}
            className="px-2.5 py-1.5 text-sm text-zinc-500 dark:text-zinc-400"
          >
            {emptyText}
          </li>
        ) : (
          shown.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input: pick on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
              className={cn(
                "cursor-pointer rounded px-2.5 py-1.5 text-sm text-zinc-800 dark:text-zinc-200",
                index === active && "bg-indigo-50 text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-100",
              )}
            >
              <span className="block [overflow-wrap:anywhere]">{option.label}</span>
              {option.hint ? (
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">{option.hint}</span>
              ) : null}
            </li>
          ))
        )}
        {options.length > MAX_SHOWN ? (
          <li
            role="option"
            aria-disabled="true"
            aria-selected={false}
            className="px-2.5 py-1 text-xs text-zinc-500 dark:text-zinc-400"
          >
            {options.length - MAX_SHOWN} more: keep typing to narrow the list.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
