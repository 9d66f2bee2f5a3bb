import { KeyRound, ShieldCheck, UserRound, Users, type LucideIcon } from "lucide-react";

export type ConsoleSection = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Capability needed to see the section; null: every signed-in user. */
  capability: string | null;
};

/** The console's sections in sidebar order. Only sections that exist are listed. */
export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { href: "/users", label: "Users", icon: Users, capability: "users:read" },
  { href: "/roles", label: "Roles", icon: ShieldCheck, capability: "roles:read" },
  { href: "/keys", label: "API keys", icon: KeyRound, capability: "keys:read" },
  { href: "/account", label: "Account", icon: UserRound, capability: null },
];

/** The sections a user with these capabilities may open. */
export function getVisibleSections(capabilities: readonly string[]): ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((s) => s.capability === null || capabilities.includes(s.capability));
}
