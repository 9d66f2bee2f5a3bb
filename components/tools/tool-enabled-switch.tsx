"use client";

import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
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
  const toast = useToast();
  const checked = updateTool.isPending
    ? (updateTool.variables?.body.isEnabled ?? tool.isEnabled)
    : tool.isEnabled;

  async function setEnabled(isEnabled: boolean) {
    try {
      await updateTool.mutateAsync({ id: tool.id, body: { isEnabled } });
      toast.success(
        isEnabled
          ? `Enabled ${tool.exposedName}.`
          : `Disabled ${tool.exposedName}; agents can no longer call it.`,
      );
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Switch
      size={size}
      checked={checked}
      disabled={updateTool.isPending}
      aria-label={`${tool.exposedName} enabled`}
      onCheckedChange={(next) => void setEnabled(next)}
    />
  );
}
