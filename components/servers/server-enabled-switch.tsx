"use client";

import { useState } from "react";
import { totalTools } from "@/components/servers/delete-server-dialog";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import type { ServerView } from "@/lib/servers/server-view";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateServer } from "@/lib/client/servers/use-update-server";
import { useCan } from "@/lib/client/me/use-can";

/** Enables at once; disabling (which cuts agents off) asks first. */
export function ServerEnabledSwitch({ server }: { server: ServerView }) {
  const updateServer = useUpdateServer();
  const toast = useToast();
  const [isConfirming, setIsConfirming] = useState(false);
  // Enabling a stdio server starts its command: that needs servers:exec (disabling does not).
  const canExec = useCan("servers:exec");
  const canStart = server.transport !== "stdio" || canExec;

  async function setEnabled(isEnabled: boolean) {
    try {
      await updateServer.mutateAsync({ id: server.id, body: { isEnabled } });
      toast.success(isEnabled ? `Enabled ${server.name}; connecting.` : `Disabled ${server.name}.`);
      setIsConfirming(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  const count = totalTools(server);
  return (
    <div className="flex items-center gap-2">
      <Switch
        id="server-enabled"
        checked={server.isEnabled}
        disabled={updateServer.isPending || (!server.isEnabled && !canStart)}
        title={
          !server.isEnabled && !canStart
            ? "Starting a stdio server needs the servers:exec permission."
            : undefined
        }
        onCheckedChange={(checked) => (checked ? void setEnabled(true) : setIsConfirming(true))}
      />
      <label htmlFor="server-enabled" className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Enabled
      </label>
      <ConfirmDialog
        open={isConfirming}
        onOpenChange={setIsConfirming}
        title={`Disable ${server.name}?`}
        description={`Gatehouse disconnects from it${server.transport === "stdio" ? " and stops its process" : ""}. Agents cannot call its ${count === 1 ? "tool" : `${count} tools`} until you enable it again. Nothing is deleted.`}
        confirmLabel="Disable server"
        pendingLabel="Disabling…"
        isPending={updateServer.isPending}
        onConfirm={() => void setEnabled(false)}
      />
    </div>
  );
}
