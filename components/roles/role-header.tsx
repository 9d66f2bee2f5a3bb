import { ChevronLeft } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { focusRing } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/client/cn";

export type RoleHeaderProps = {
  title: ReactNode;
  badges?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
};

/** A back link to the roles list, the role's name with its badges, and the page's actions. */
export function RoleHeader({ title, badges, description, actions }: RoleHeaderProps) {
  return (
    <div className="mb-6">
      <Link
        href="/roles"
        className={cn(
          "mb-3 inline-flex items-center gap-1 rounded text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
          focusRing,
        )}
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        Roles
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{title}</h1>
            {badges}
          </div>
          {description ? (
            <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</div>
          ) : null}
        </div>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

export function RoleKindBadge({ isBuiltIn }: { isBuiltIn: boolean }) {
  return isBuiltIn ? <Badge tone="info">Built-in</Badge> : <Badge>Custom</Badge>;
}
