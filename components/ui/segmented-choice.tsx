"use client";

import { useId } from "react";
import { cn } from "@/lib/client/cn";

export type SegmentedChoiceProps<T extends string> = {
  /** Names the group for screen readers. */
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
};

/** A small set of exclusive choices drawn as joined buttons; native radios underneath (arrow keys work). */
export function SegmentedChoice<T extends string>({
  label,
  value,
  onChange,
  options,
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className="inline-flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700"
    >
      {options.map((option) => {
        const isChecked = option.value === value;
        return (
          <label
            key={option.value}
            className={cn(
              "relative cursor-pointer rounded px-3 py-1 text-sm font-medium transition-colors",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600 dark:has-[:focus-visible]:outline-indigo-400",
              isChecked
                ? "bg-indigo-600 text-white dark:bg-indigo-500"
                : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={isChecked}
              onChange={() => onChange(option.value)}
              // Invisible but covering the label, so pointer and keyboard both reach the radio itself.
              className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        );
      })}
    </div>
  );
}
