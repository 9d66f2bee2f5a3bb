import { Link } from "@/components/ui/link";
import { focusRing } from "@/components/ui/button";
import type { ServerView } from "@/lib/servers/server-view";
import { cn } from "@/lib/client/cn";

const linkClass = cn("rounded hover:underline", focusRing);

/** Active tools (linked to the tools table filtered by this server), and what is held, disabled or gone. */
export function ToolCountsSummary({ server }: { server: Pick<ServerView, "slug" | "toolCounts"> }) {
  const { active, pendingReview, rejected, disabled, removed } = server.toolCounts;
  const slug = encodeURIComponent(server.slug);
  return (
    <div className="space-y-0.5 text-sm">
      <Link
        href={`/tools?server=${slug}`}
        className={cn(linkClass, "font-medium whitespace-nowrap text-zinc-900 dark:text-zinc-100")}
      >
        {active} active
      </Link>
      {pendingReview > 0 ? (
        <p>
          <Link
            href={`/review`}
            className={cn(linkClass, "text-xs font-medium text-amber-700 dark:text-amber-300")}
          >
            {pendingReview} held for review
          </Link>
        </p>
      ) : null}
      {disabled > 0 || removed > 0 || rejected > 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {[
            rejected > 0 ? `${rejected} rejected` : null,
            disabled > 0 ? `${disabled} disabled` : null,
            removed > 0 ? `${removed} removed` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
    </div>
  );
}
