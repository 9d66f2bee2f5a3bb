"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { getVisibleSections } from "@/lib/ui/console-sections";
import { useMe } from "@/lib/ui/use-me";

/** Sends "/" to the first section the signed-in user may open (Account at least). */
export function HomeRedirect() {
  const router = useRouter();
  const { data: me } = useMe();

  useEffect(() => {
    if (me) router.replace(getVisibleSections(me.capabilities)[0]?.href ?? "/account");
  }, [me, router]);

  return <PageSkeleton />;
}
