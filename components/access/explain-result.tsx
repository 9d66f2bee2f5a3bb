import { CircleCheck, CircleX } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { focusRing } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import type { ExplainAction, Explanation } from "@/lib/client/access/use-access-explain";
import { cn } from "@/lib/client/cn";

function actionText(action: ExplainAction): string {
  return "capability" in action ? `the capability ${action.capability}` : `the tool ${action.tool}`;
}

/** The decision, the reason the decision function gave, and the grant that decided (if one did). */
export function ExplainResult({ explanation, action }: { explanation: Explanation; action: ExplainAction }) {
  const { allowed, reason, rule, principal } = explanation;
  const Icon = allowed ? CircleCheck : CircleX;
  const who = principal.type === "user" ? principal.label : `The API key ${principal.label}`;

  return (
    <Panel
      className={cn(
        "overflow-hidden border-l-4",
        allowed ? "border-l-emerald-500 dark:border-l-emerald-500" : "border-l-red-500 dark:border-l-red-500",
      )}
    >
      <section aria-labelledby="explain-verdict" aria-live="polite" className="space-y-4 p-5">
        <div className="flex items-start gap-3">
          <Icon
            className={cn(
              "mt-0.5 size-6 shrink-0",
              allowed ? "text-emerald-600 dark:text-emerald-400" : "text-red-600 dark:text-red-400",
            )}
            aria-hidden="true"
          />
          <div className="min-w-0">
            <h2 id="explain-verdict" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              {allowed ? "Allowed" : "Denied"}
            </h2>
            <p className="text-sm [overflow-wrap:anywhere] text-zinc-700 dark:text-zinc-300">
              {who} {allowed ? "may use" : "may not use"} {actionText(action)}.
            </p>
          </div>
        </div>

        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[9rem_1fr]">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Reason</dt>
          <dd className="[overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">{reason}</dd>

          <dt className="font-medium text-zinc-600 dark:text-zinc-400">Deciding rule</dt>
          <dd>
            {rule ? (
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone={rule.effect === "allow" ? "success" : "danger"}>
                  {rule.effect === "allow" ? "Allow" : "Deny"}
                </Badge>
                <code className="font-mono text-sm [overflow-wrap:anywhere] text-zinc-900 dark:text-zinc-100">
                  {rule.pattern}
                </code>
                <span className="text-zinc-600 dark:text-zinc-400">
                  in role{" "}
                  <Link
                    href={`/roles/${encodeURIComponent(rule.role)}`}
                    className="font-mono font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    {rule.role}
                  </Link>
                </span>
              </span>
            ) : (
              <span className="text-zinc-600 dark:text-zinc-400">
                {"capability" in action
                  ? "Capabilities come from roles, named in the reason."
                  : "No tool grant matches, and nothing is allowed by default."}
              </span>
            )}
          </dd>

          <dt className="font-medium text-zinc-600 dark:text-zinc-400">
            {principal.type === "user" ? "User's roles" : "Key's roles"}
          </dt>
          <dd className="flex flex-wrap gap-1.5">
            {principal.roles.length === 0 ? (
              <span className="text-zinc-500 dark:text-zinc-400">None</span>
            ) : (
              principal.roles.map((r) => (
                <Link
                  key={r}
                  href={`/roles/${encodeURIComponent(r)}`}
                  className={cn("rounded-md", focusRing)}
                >
                  <Badge tone="info" className="hover:underline">
                    {r}
                  </Badge>
                </Link>
              ))
            )}
          </dd>
        </dl>
      </section>
    </Panel>
  );
}
