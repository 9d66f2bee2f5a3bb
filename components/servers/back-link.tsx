import { ArrowLeft } from "lucide-react";
import { Link } from "@/components/ui/link";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

/** "← Servers": the way back to the list a detail page belongs to. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className={cn(
        "mb-3 inline-flex items-center gap-1 rounded text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
        focusRing,
      )}
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {label}
    </Link>
  );
}
