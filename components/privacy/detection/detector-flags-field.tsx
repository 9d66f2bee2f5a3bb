"use client";

const FLAGS = [
  { flag: "i", label: "Ignore case" },
  { flag: "m", label: "Multiline (^ and $ at line ends)" },
  { flag: "s", label: "Dot matches newlines" },
  { flag: "u", label: "Unicode" },
] as const;

/** The regular expression's flags as checkboxes, kept in the canonical order "imsu". */
export function DetectorFlagsField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string;
  onChange: (flags: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  function toggle(flag: string, isChecked: boolean) {
    const next = new Set(value.split(""));
    if (isChecked) next.add(flag);
    else next.delete(flag);
    onChange(
      FLAGS.map((f) => f.flag)
        .filter((f) => next.has(f))
        .join(""),
    );
  }

  return (
    <fieldset aria-describedby={error ? "detector-flags-error" : undefined} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Flags</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {FLAGS.map(({ flag, label }) => (
          <label
            key={flag}
            className="flex cursor-pointer items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200"
          >
            <input
              type="checkbox"
              checked={value.includes(flag)}
              onChange={(e) => toggle(flag, e.currentTarget.checked)}
              className="size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            />
            <code className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{flag}</code>
            {label}
          </label>
        ))}
      </div>
      {error ? (
        <p id="detector-flags-error" className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
