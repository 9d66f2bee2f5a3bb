"use client";

import type { Capability } from "@/lib/rbac/capabilities";
import { useMe } from "@/lib/client/me/use-me";

/** Whether the signed-in user holds a capability; false while loading. */
export function useCan(capability: Capability): boolean {
  const { data } = useMe();
  return data?.capabilities.includes(capability) ?? false;
}
