"use client";

import { PrincipalPicker, type PickedPrincipal } from "@/components/access/principal-picker";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { useCan } from "@/lib/client/me/use-can";

export type ActorMode = "none" | "user" | "api_key" | "id";
export type HoldActor = { mode: ActorMode; picked: PickedPrincipal | null; id: string };

export const NO_ACTOR: HoldActor = { mode: "none", picked: null, id: "" };

/** The actor id the form sends, or undefined for none; null when a picker mode has nothing chosen yet. */
export function actorIdOf(actor: HoldActor): string | undefined | null {
  if (actor.mode === "none") return undefined;
  if (actor.mode === "id") return actor.id.trim() || null;
  return actor.picked?.id ?? null;
}

const HINT_BY_MODE: Record<ActorMode, string> = {
  none: "Optional. Keep every event a user or API key performed.",
  user: "Pick the user from the list.",
  api_key: "Pick the API key from the list.",
  id: "The id of a user or API key, as shown in audit events.",
};

/**
 * The optional actor of a hold: picked from the users or keys the signed-in person may list, or
 * typed as an id (an auditor may not list keys but still sees actor ids in audit events).
 */
export function HoldActorField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: HoldActor;
  onChange: (next: HoldActor) => void;
  error?: string;
  disabled?: boolean;
}) {
  const canListUsers = useCan("users:read");
  const canListKeys = useCan("keys:read");
  const options: { value: ActorMode; label: string }[] = [
    { value: "none", label: "Any actor" },
    ...(canListUsers ? [{ value: "user" as const, label: "User" }] : []),
    ...(canListKeys ? [{ value: "api_key" as const, label: "API key" }] : []),
    { value: "id", label: "By id" },
  ];
  const hint = HINT_BY_MODE[value.mode];
  const ariaDescribedBy = describedBy("hold-actor", { error, hint });
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-zinc-900 dark:text-zinc-100">Actor</legend>
      <SegmentedChoice
        label="Actor"
        value={value.mode}
        onChange={(mode) => onChange({ ...NO_ACTOR, mode })}
        options={options}
      />
      {value.mode === "none" ? (
        <p id="hold-actor-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : (
        <FormField
          id="hold-actor"
          label={value.mode === "id" ? "Actor id" : value.mode === "user" ? "Which user" : "Which API key"}
          hint={hint}
          error={error}
        >
          {value.mode === "id" ? (
            <Input
              id="hold-actor"
              value={value.id}
              onChange={(e) => onChange({ ...value, id: e.currentTarget.value })}
              autoComplete="off"
              className="font-mono"
              hasError={!!error}
              aria-describedby={ariaDescribedBy}
            />
          ) : (
            <PrincipalPicker
              id="hold-actor"
              type={value.mode}
              value={value.picked}
              onChange={(picked) => onChange({ ...value, picked })}
              error={error}
              describedBy={ariaDescribedBy}
            />
          )}
        </FormField>
      )}
    </fieldset>
  );
}
