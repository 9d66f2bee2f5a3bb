"use client";

import { useEffect, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Sidebar } from "@/components/console/sidebar";
import { TopBar } from "@/components/console/top-bar";
import { LoadError } from "@/components/console/load-error";
import { ApiError } from "@/lib/client/api-error";
import { useMe } from "@/lib/client/me/use-me";

/** Sidebar, top bar and content area; sends signed-out visitors to the sign-in page. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const me = useMe();
  const pathname = usePathname();
  const router = useRouter();
  const isSignedOut = me.error instanceof ApiError && me.error.status === 401;

  useEffect(() => {
    // The cookie was there (the proxy let us in) but the session is no longer valid.
    if (isSignedOut) router.replace(`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`);
  }, [isSignedOut, pathname, router]);

  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 dark:bg-zinc-900"
      >
        Skip to content
      </a>
      <Sidebar me={me.data} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar me={me.data} />
        <main id="main" className="flex-1 px-6 py-8 lg:px-8 xl:px-10 print:p-0">
          <div className="mx-auto max-w-6xl print:max-w-none">
            {me.error && !isSignedOut ? (
              <LoadError error={me.error} onRetry={() => void me.refetch()} />
            ) : (
              children
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
