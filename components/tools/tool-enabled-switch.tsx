"use client";

import { EnabledSwitch } from "@/components/ui/enabled-switch";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { useUpdateTool } from "@/lib/client/tools/use-update-tool";

/** Turns one tool on or off for every agent; shows the new state while the change is saved. */
export function ToolEnabledSwitch({
  tool,
  size = "sm",
}: {
  tool: Pick<ToolView, "id" | "exposedName" | "isEnabled">;
  size?: "sm" | "md";
}) {
  const updateTool = useUpdateTool();
  return (
    <EnabledSwitch
      size={size}
      label={tool.exposedName}
      isEnabled={tool.isEnabled}
      saving={{ isPending: updateTool.isPending, value: updateTool.variables?.body.isEnabled }}
      save={(isEnabled) => updateTool.mutateAsync({ id: tool.id, body: { isEnabled } })}
      successMessage={(isEnabled) =>
        isEnabled
          ? `Enabled ${tool.exposedName}.`
          : `Disabled ${tool.exposedName}; agents can no longer call it.`
      }
    />
  );
}
