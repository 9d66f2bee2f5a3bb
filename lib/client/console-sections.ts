import {
  Activity,
  Archive,
  BellRing,
  ClipboardCheck,
  Contact,
  FileSearch,
  Gauge,
  HandHeart,
  Inbox,
  KeyRound,
  Link2,
  ScanSearch,
  Scale,
  Server,
  ShieldHalf,
  ShieldCheck,
  UserRound,
  Users,
  Wrench,
  type LucideIcon,
} from "lucide-react";
import type { Capability } from "@/lib/rbac/capabilities";

export type ConsoleSection = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Capability needed to see the section; null: every signed-in user. */
  capability: Capability | null;
};

/** The console's sections in sidebar order. Only sections that exist are listed. */
export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { href: "/overview", label: "Overview", icon: Gauge, capability: null },
  { href: "/servers", label: "Servers", icon: Server, capability: "servers:read" },
  { href: "/tools", label: "Tools", icon: Wrench, capability: "tools:read" },
  { href: "/review", label: "Review", icon: ClipboardCheck, capability: "tools:read" },
  { href: "/metrics", label: "Metrics", icon: Activity, capability: "metrics:read" },
  { href: "/metrics/alerts", label: "Alerts", icon: BellRing, capability: "metrics:read" },
  { href: "/users", label: "Users", icon: Users, capability: "users:read" },
  { href: "/roles", label: "Roles", icon: ShieldCheck, capability: "roles:read" },
  { href: "/explain", label: "Explain access", icon: Scale, capability: "roles:read" },
  { href: "/keys", label: "API keys", icon: KeyRound, capability: "keys:read" },
  { href: "/audit", label: "Audit trail", icon: FileSearch, capability: "audit:read" },
  { href: "/audit/integrity", label: "Integrity", icon: Link2, capability: "audit:verify" },
  { href: "/audit/retention", label: "Retention", icon: Archive, capability: "audit:read" },
  { href: "/privacy/subjects", label: "Data subjects", icon: Contact, capability: "privacy:read" },
  { href: "/privacy/requests", label: "Requests", icon: Inbox, capability: "privacy:read" },
  { href: "/privacy/consent", label: "Consent", icon: HandHeart, capability: "privacy:read" },
  { href: "/privacy/detection", label: "Detection", icon: ScanSearch, capability: "privacy:read" },
  { href: "/privacy/masking", label: "Masking", icon: ShieldHalf, capability: "privacy:read" },
  { href: "/account", label: "Account", icon: UserRound, capability: null },
];

/** The sections a user with these capabilities may open. */
export function getVisibleSections(capabilities: readonly string[]): ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((s) => s.capability === null || capabilities.includes(s.capability));
}
