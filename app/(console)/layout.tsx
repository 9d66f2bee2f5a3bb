import type { ReactNode } from "react";
import { preload } from "react-dom";
import { ConsoleShell } from "@/components/console/console-shell";

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  // Every page waits for who is signed in (RequireCapability) before it fetches its own data, and
  // the scripts take a while to run: fetched while they load, GET /api/v1/me is there when asked.
  preload("/api/v1/me", { as: "fetch", crossOrigin: "anonymous" });
  return <ConsoleShell>{children}</ConsoleShell>;
}
