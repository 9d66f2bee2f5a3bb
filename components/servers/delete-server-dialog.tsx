"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import type { ServerView } from "@/lib/servers/server-view";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useDeleteServer } from "@/lib/client/servers/use-delete-server";

export function totalTools(server: Pick<ServerView, "toolCounts">): number {
  const { active, pendingReview, rejected, disabled, removed } = server.toolCounts;
  return active + pendingReview + rejected + disabled + removed;
}

export type DeleteServerDialogProps = {
  server: ServerView;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Names the server and how many tools go with it; back to the list afterwards. */
export function DeleteServerDialog({ server, open, onOpenChange }: DeleteServerDialogProps) {
  const deleteServer = useDeleteServer();
  const toast = useToast();
  const router = useRouter();
  const count = totalTools(server);

  async function confirm() {
    try {
      await deleteServer.mutateAsync(server.id);
      toast.success(`Deleted ${server.name} and its ${count === 1 ? "tool" : `${count} tools`}.`);
      onOpenChange(false);
      router.push("/servers");
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${server.name}?`}
      description={
        <>
          Gatehouse disconnects from <span className="font-mono">{server.slug}</span> and deletes it with its{" "}
          <strong className="font-medium">{count === 1 ? "1 tool" : `${count} tools`}</strong>, their review
          history and any per-tool settings. Agents can no longer call them. Audit events are kept. This
          cannot be undone.
        </>
      }
      confirmLabel="Delete server"
      pendingLabel="Deleting…"
      isPending={deleteServer.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
