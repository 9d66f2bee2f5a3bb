"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { FiringAlertsBadge } from "@/components/metrics/alerts/firing-alerts-badge";
import type { Me } from "@/lib/client/me/me-view";

export function TopBar({ me }: { me: Me | undefined }) {
  const [isSigningOut, setIsSigningOut] = useState(false);

  return (
    <header className="sticky top-0 z-30 flex print:hidden h-14 items-center justify-end gap-4 border-b border-zinc-200 bg-white/90 px-6 backdrop-blur lg:px-8 xl:px-10 dark:border-zinc-800 dark:bg-zinc-900/90">
      <FiringAlertsBadge />
      {me ? (
        <span className="truncate text-sm text-zinc-600 dark:text-zinc-400" data-testid="current-user-email">
          {me.email}
        </span>
      ) : (
        <Skeleton className="h-4 w-44" />
      )}
      <Button
        variant="secondary"
        size="sm"
        disabled={isSigningOut}
        onClick={() => {
          setIsSigningOut(true);
          void signOut({ callbackUrl: "/sign-in" });
        }}
      >
        <LogOut aria-hidden="true" />
        {isSigningOut ? "Signing out…" : "Sign out"}
      </Button>
    </header>
  );
}
