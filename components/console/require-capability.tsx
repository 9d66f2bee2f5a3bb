"use client";

import type { ReactNode } from "react";
import { AccessDenied } from "@/components/console/access-denied";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { useMe } from "@/lib/client/me/use-me";

export type RequireCapabilityProps = { capability: string; section: string; children: ReactNode };

/**
 * Mounts its children (and so their data fetching) only for users holding the capability. The
 * server enforces the same check on every API call; this only spares people a page of errors.
 */
export function RequireCapability({ capability, section, children }: RequireCapabilityProps) {
  const { data: me } = useMe();
  if (!me) return <PageSkeleton />;
  if (!me.capabilities.includes(capability)) return <AccessDenied section={section} />;
  return <>{children}</>;
}
