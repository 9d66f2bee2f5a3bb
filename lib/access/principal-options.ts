// Client-safe: the principal picker's options, kept pure so they can be tested without a browser.

export type PrincipalOption = { value: string; label: string; hint: string };

type UserForPicker = { id: string; email: string; roles: readonly string[]; isDisabled: boolean };
/** A key as the API returns it: `prefix` is already the display label ("ghk_…"). */
type KeyForPicker = { id: string; name: string; prefix: string; roles: readonly string[]; status: string };

function roleHint(roles: readonly string[], extra?: string): string {
  return [roles.length ? `Roles: ${roles.join(", ")}` : "No roles", extra].filter(Boolean).join(" · ");
}

export function userOption(u: UserForPicker): PrincipalOption {
  return { value: u.id, label: u.email, hint: roleHint(u.roles, u.isDisabled ? "disabled" : undefined) };
}

export function keyOption(k: KeyForPicker): PrincipalOption {
  return {
    value: k.id,
    label: k.name,
    hint: roleHint(k.roles, `${k.prefix}…${k.status === "expired" ? " · expired" : ""}`),
  };
}
