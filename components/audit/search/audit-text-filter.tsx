"use client";

import { useEffect, useRef, useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";

export type AuditTextFilterProps = Omit<ComponentProps<typeof Input>, "value" | "onChange"> & {
  id: string;
  /** The applied filter value (from the URL). */
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  /** Text that fails this is not applied yet (an address still being typed). */
  isComplete?: (text: string) => boolean;
  debounceMs?: number;
};

/** A free-text filter: applies what was typed once typing pauses (300 ms), without a page reload. */
export function AuditTextFilter({
  id,
  value,
  onCommit,
  isComplete,
  debounceMs = 300,
  ...inputProps
}: AuditTextFilterProps) {
  const applied = value ?? "";
  const [text, setText] = useState(applied);
  // The value this field last applied: a different one in the URL came from elsewhere (clear filters, a link).
  const [lastApplied, setLastApplied] = useState(applied);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  if (applied !== lastApplied) {
    setLastApplied(applied);
    setText(applied);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const trimmed = next.trim();
      if (trimmed === lastApplied || (trimmed && isComplete && !isComplete(trimmed))) return;
      setLastApplied(trimmed);
      onCommit(trimmed || undefined);
    }, debounceMs);
  }

  return (
    <Input id={id} value={text} onChange={(event) => onChange(event.currentTarget.value)} {...inputProps} />
  );
}
