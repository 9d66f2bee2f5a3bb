import { Link } from "@/components/ui/link";
import { ToolAnnotationBadges } from "@/components/tools/tool-annotation-badges";
import { ToolEnabledSwitch } from "@/components/tools/tool-enabled-switch";
import { ToolPrivacyBadges } from "@/components/tools/tool-privacy-badges";
import { ToolStatusBadge } from "@/components/tools/tool-status-badge";
import { focusRing } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { cn } from "@/lib/client/cn";

export type ToolRowProps = {
  tool: ToolView;
  canWrite: boolean;
  /** purposes by key, for the privacy badges' legal bases; absent without privacy:read */
  purposes?: ReadonlyMap<string, Pick<PurposeView, "name" | "legalBasis">>;
};

export function ToolRow({ tool, canWrite, purposes }: ToolRowProps) {
  const isGone = tool.status === "removed";
  return (
    <tr className={cn("align-top hover:bg-zinc-50/60 dark:hover:bg-zinc-800/30", isGone && "opacity-70")}>
      <Td className="min-w-64">
        <Link
          href={`/tools/${tool.id}`}
          className={cn(
            "rounded font-mono text-[13px] font-medium text-zinc-900 [overflow-wrap:anywhere] hover:text-indigo-700 hover:underline dark:text-zinc-100 dark:hover:text-indigo-300",
            focusRing,
          )}
        >
          {tool.exposedName}
        </Link>
        {tool.title ? <p className="mt-0.5 text-sm text-zinc-800 dark:text-zinc-200">{tool.title}</p> : null}
        {tool.description ? (
          <p className="mt-0.5 line-clamp-2 max-w-2xl text-xs whitespace-pre-line text-zinc-600 [overflow-wrap:anywhere] dark:text-zinc-400">
            {tool.description}
          </p>
        ) : null}
      </Td>
      <Td>
        <ToolStatusBadge status={tool.status} />
      </Td>
      <Td className="min-w-32">
        <ToolAnnotationBadges annotations={tool.annotations} />
      </Td>
      <Td className="min-w-32">
        <ToolPrivacyBadges tool={tool} purposes={purposes} />
      </Td>
      <Td className="text-right">
        {canWrite ? (
          <ToolEnabledSwitch tool={tool} />
        ) : (
          <span
            className={cn(
              "text-sm",
              tool.isEnabled ? "text-zinc-700 dark:text-zinc-300" : "text-zinc-500 dark:text-zinc-400",
            )}
          >
            {tool.isEnabled ? "On" : "Off"}
          </span>
        )}
      </Td>
    </tr>
  );
}
