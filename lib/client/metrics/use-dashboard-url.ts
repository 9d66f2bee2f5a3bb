"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import {
  dashboardQueryString,
  readDashboardParams,
  type DashboardParams,
} from "@/lib/client/metrics/dashboard-params";

/** The dashboard's range from the URL, a setter that keeps it there, and the page's pause state. */
export function useDashboardUrl() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [isPaused, setPaused] = useState(false);
  const params = readDashboardParams(new URLSearchParams(search.toString()));
  const setParams = (next: DashboardParams) =>
    router.replace(`${pathname}?${dashboardQueryString(next)}`, { scroll: false });
  return {
    params,
    setParams,
    isPaused,
    togglePause: () => setPaused((p) => !p),
    queryString: dashboardQueryString(params),
  };
}
