"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown } from "lucide-react";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

export type AuditMultiSelectProps = {
  id: string;
  /** Names the choice when nothing is picked ("All categories"). */
  allLabel: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
};

/** A button opening a list of checkboxes; the menu stays open while ticking several. */
export function AuditMultiSelect({ id, allLabel, options, selected, onChange }: AuditMultiSelectProps) {
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length <= 2
        ? selected.map(labelOf).join(", ")
        : `${selected.length} selected`;

  function toggle(value: string, isChecked: boolean) {
    // Keep the options' order, whatever the order of clicks, so equal searches have equal URLs.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? isChecked : selected.includes(v))));
  }

  return (
    <Menu.Root modal={false}>
      <Menu.Trigger
        id={id}
        className={cn(
          "flex h-9 w-full items-center justify-between gap-2 rounded-md border border-zinc-300 bg-white px-2.5 text-left text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-900",
          selected.length ? "text-zinc-900 dark:text-zinc-100" : "text-zinc-600 dark:text-zinc-400",
          focusRing,
        )}
      >
        <span className="truncate">{summary}</span>
        <ChevronDown className="size-4 shrink-0 text-zinc-500" aria-hidden="true" />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="start"
          sideOffset={4}
          className="z-50 max-h-96 min-w-48 overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          {options.map((option) => {
            const isChecked = selected.includes(option.value);
            return (
              <Menu.CheckboxItem
                key={option.value}
                checked={isChecked}
                onCheckedChange={(checked) => toggle(option.value, checked === true)}
                // Stay open so that several can be ticked in a row.
                onSelect={(event) => event.preventDefault()}
                className="flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-zinc-800 outline-none select-none data-[highlighted]:bg-zinc-100 dark:text-zinc-200 dark:data-[highlighted]:bg-zinc-800"
              >
                <span
                  className={cn(
                    "flex size-4 items-center justify-center rounded border",
                    isChecked
                      ? "border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-500"
                      : "border-zinc-300 dark:border-zinc-600",
                  )}
                  aria-hidden="true"
                >
                  {isChecked ? <Check className="size-3" /> : null}
                </span>
                {option.label}
              </Menu.CheckboxItem>
            );
          })}
          {selected.length > 0 ? (
            <>
              <Menu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
              <Menu.Item
                onSelect={() => onChange([])}
                className="cursor-pointer rounded-md px-2.5 py-1.5 text-sm text-zinc-600 outline-none select-none data-[highlighted]:bg-zinc-100 dark:text-zinc-400 dark:data-[highlighted]:bg-zinc-800"
              >
                {allLabel}
              </Menu.Item>
            </>
          ) : null}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
