"use client";

import { useQuery } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { queryKeys } from "@/lib/client/query-keys";
import { safeCallbackUrl } from "@/lib/client/safe-callback-url";

type Providers = Record<string, { id: string; name: string }>;

async function fetchProviders(): Promise<Providers> {
  const response = await fetch("/api/auth/providers", { headers: { Accept: "application/json" } });
  if (!response.ok) return {};
  return (await response.json()) as Providers;
}

/** "Sign in with <name>", shown only when the server has an OIDC provider configured. */
export function OidcSignInButton({ callbackUrl }: { callbackUrl?: string }) {
  const { data } = useQuery({
    queryKey: queryKeys.authProviders,
    queryFn: fetchProviders,
    staleTime: Infinity,
  });
  const oidc = data?.oidc;
  if (!oidc) return null;

  return (
    <>
      <div
        className="my-6 flex items-center gap-3 text-xs text-zinc-500 dark:text-zinc-400"
        aria-hidden="true"
      >
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        or
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <Button
        variant="secondary"
        className="w-full"
        onClick={() =>
          void signIn("oidc", { callbackUrl: safeCallbackUrl(callbackUrl, window.location.origin) })
        }
      >
        Sign in with {oidc.name}
      </Button>
    </>
  );
}
