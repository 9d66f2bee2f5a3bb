import { CAPABILITY_AREAS } from "@/lib/rbac/capabilities";

export type CapabilityGroup = { area: string; capabilities: string[] };

/** Capabilities sorted into the console's areas, in area order; unknown ones go under "Other". */
export function groupCapabilities(capabilities: readonly string[]): CapabilityGroup[] {
  const held = new Set(capabilities);
  const known = new Set<string>();
  const groups: CapabilityGroup[] = [];
  for (const [area, members] of Object.entries(CAPABILITY_AREAS)) {
    members.forEach((c) => known.add(c));
    const inArea = members.filter((c) => held.has(c));
    if (inArea.length > 0) groups.push({ area, capabilities: inArea });
  }
  const other = capabilities.filter((c) => !known.has(c));
  if (other.length > 0) groups.push({ area: "Other", capabilities: [...other].sort() });
  return groups;
}
