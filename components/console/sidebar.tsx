"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { GatehouseLogo } from "@/components/console/gatehouse-logo";
import { Skeleton } from "@/components/ui/skeleton";
import { focusRing } from "@/components/ui/button";
import type { Me } from "@/lib/client/me/me-view";
import { cn } from "@/lib/client/cn";
import { getVisibleSections } from "@/lib/client/console-sections";

/** Navigation to the sections the signed-in user may open; skeleton rows while loading. */
export function Sidebar({ me }: { me: Me | undefined }) {
  const pathname = usePathname();
  const sections = me ? getVisibleSections(me.capabilities) : [];
  // The most specific match wins: /audit/integrity highlights "Integrity", not "Audit trail".
  const activeHref = sections
    .map((s) => s.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <aside className="w-56 shrink-0 print:hidden border-r border-zinc-200 bg-white xl:w-60 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="sticky top-0 flex h-screen flex-col">
        <div className="flex h-14 items-center border-b border-zinc-200 px-5 dark:border-zinc-800">
          <Link href="/" className={cn("rounded-md", focusRing)}>
            <GatehouseLogo />
          </Link>
        </div>
        <nav aria-label="Console sections" className="flex-1 p-3">
          {me ? (
            <ul className="space-y-0.5">
              {sections.map(({ href, label, icon: Icon }) => {
                const isActive = href === activeHref;
                return (
                  <li key={href}>
                    <Link
                      href={href}
                      aria-current={isActive ? "page" : undefined}
                      className={cn(
                        "flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium transition-colors",
                        focusRing,
                        isActive
                          ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300"
                          : "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
                      )}
                    >
                      <Icon className="size-4 shrink-0" aria-hidden="true" />
                      {label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ) : (
            <div className="space-y-2 px-1 pt-1" aria-busy="true" aria-label="Loading navigation">
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} className="h-8 w-full" />
              ))}
            </div>
          )}
        </nav>
      </div>
    </aside>
  );
}
