import { Badge } from "@/components/ui/badge";
import type { ToolGrant } from "@/lib/roles/schemas";

/** Tool patterns a role allows or denies through the gateway. */
export function ToolGrantList({ grants }: { grants: readonly ToolGrant[] }) {
  if (grants.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No tool grants.</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {grants.map((g) => (
        <li
          key={`${g.effect}:${g.pattern}`}
          className="inline-flex items-center gap-2 rounded-md border border-zinc-200 px-2 py-1 dark:border-zinc-700"
        >
          <Badge tone={g.effect === "allow" ? "success" : "danger"}>
            {g.effect === "allow" ? "Allow" : "Deny"}
          </Badge>
          <code className="font-mono text-xs text-zinc-800 dark:text-zinc-200">{g.pattern}</code>
        </li>
      ))}
    </ul>
  );
}
