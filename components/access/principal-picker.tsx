"use client";

import { useMemo, useState } from "react";
import { keyOption, userOption } from "@/lib/access/principal-options";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import type { PrincipalType } from "@/lib/client/access/use-access-explain";
import { useDebouncedValue } from "@/lib/client/use-debounced-value";
import { useKeys } from "@/lib/client/keys/use-keys";
import { useUsers } from "@/lib/client/users/use-users";

export type PickedPrincipal = { type: PrincipalType; id: string; label: string };

type PickerProps = {
  id: string;
  value: PickedPrincipal | null;
  onChange: (principal: PickedPrincipal | null) => void;
  error?: string;
  describedBy?: string;
};

/** Users matching the typed text, searched on the server (email or name). */
function UserPicker({ id, value, onChange, error, describedBy }: PickerProps) {
  const [text, setText] = useState(value?.label ?? "");
  const q = useDebouncedValue(text.trim(), 250);
  const users = useUsers(value && text === value.label ? "" : q);
  const options = useMemo<ComboboxOption[]>(
    () => (users.data?.pages[0]?.users ?? []).map(userOption),
    [users.data],
  );
  return (
    <Combobox
      id={id}
      value={text}
      onValueChange={(next) => {
        setText(next);
        if (value && next !== value.label) onChange(null);
      }}
      options={options}
      onSelect={(o) => onChange({ type: "user", id: o.value, label: o.label })}
      emptyText={users.isPending ? "Searching…" : "No user matches. Try part of an email address or a name."}
      placeholder="Search by email or name"
      hasError={!!error}
      aria-describedby={describedBy}
    />
  );
}

/** API keys whose name or prefix contains the typed text; revoked keys are left out. */
function KeyPicker({ id, value, onChange, error, describedBy }: PickerProps) {
  const [text, setText] = useState(value?.label ?? "");
  const keys = useKeys();
  const options = useMemo<ComboboxOption[]>(() => {
    const needle = value && text === value.label ? "" : text.trim().toLowerCase();
    return (keys.data ?? [])
      .filter((k) => k.status !== "revoked")
      .filter(
        (k) => !needle || k.name.toLowerCase().includes(needle) || k.prefix.toLowerCase().includes(needle),
      )
      .map(keyOption);
  }, [keys.data, text, value]);
  return (
    <Combobox
      id={id}
      value={text}
      onValueChange={(next) => {
        setText(next);
        if (value && next !== value.label) onChange(null);
      }}
      options={options}
      onSelect={(o) => onChange({ type: "api_key", id: o.value, label: o.label })}
      emptyText={keys.isPending ? "Loading keys…" : "No active key matches."}
      placeholder="Search by key name or prefix"
      hasError={!!error}
      aria-describedby={describedBy}
    />
  );
}

/** A searchable choice of one user or one API key; nothing counts as picked until an option is chosen. */
export function PrincipalPicker(props: PickerProps & { type: PrincipalType }) {
  const { type, ...rest } = props;
  // Remount per type so the typed text starts fresh.
  return type === "user" ? <UserPicker key="user" {...rest} /> : <KeyPicker key="api_key" {...rest} />;
}
