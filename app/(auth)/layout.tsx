import type { ReactNode } from "react";
import { GatehouseLogo } from "@/components/console/gatehouse-logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="mb-6">
        <GatehouseLogo />
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
