"use client";

import { DATA_CATEGORIES, type DataCategory } from "@/lib/privacy/declarations/privacy-declaration";

const LABELS: Record<DataCategory, { label: string; hint: string }> = {
  contact: { label: "Contact", hint: "email, phone, address" },
  identifiers: { label: "Identifiers", hint: "account and national ids" },
  financial: { label: "Financial", hint: "cards, IBANs, payments" },
  health: { label: "Health", hint: "medical data" },
  location: { label: "Location", hint: "addresses, coordinates, IPs" },
  other: { label: "Other", hint: "anything else personal" },
};

/** The kinds of personal data a tool touches. */
export function CategoryCheckboxes({
  id,
  value,
  onChange,
  error,
  disabled,
}: {
  id: string;
  value: readonly DataCategory[];
  onChange: (categories: DataCategory[]) => void;
  error?: string;
  disabled?: boolean;
}) {
  function toggle(category: DataCategory, isChecked: boolean) {
    const next = new Set(value);
    if (isChecked) next.add(category);
    else next.delete(category);
    onChange(DATA_CATEGORIES.filter((c) => next.has(c)));
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Data categories</legend>
      <div className="grid gap-1 sm:grid-cols-2 xl:grid-cols-3">
        {DATA_CATEGORIES.map((category) => (
          <label
            key={category}
            className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm text-zinc-800 hover:bg-zinc-50 dark:text-zinc-200 dark:hover:bg-zinc-800/60"
          >
            <input
              type="checkbox"
              checked={value.includes(category)}
              onChange={(e) => toggle(category, e.currentTarget.checked)}
              className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            />
            <span>
              {LABELS[category].label}
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">{LABELS[category].hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
