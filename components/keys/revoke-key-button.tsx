"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import type { KeyView } from "@/lib/keys/key-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useRevokeKey } from "@/lib/client/keys/use-revoke-key";

/** "Revoke", with a confirmation that names the key. */
export function RevokeKeyButton({ apiKey }: { apiKey: KeyView }) {
  const [open, setOpen] = useState(false);
  const revoke = useRevokeKey();
  const toast = useToast();

  async function confirm() {
    try {
      await revoke.mutateAsync(apiKey.id);
      toast.success(`Revoked ${apiKey.name}.`);
      setOpen(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          className="text-red-700! hover:bg-red-50 dark:text-red-400! dark:hover:bg-red-950/40"
          aria-label={`Revoke ${apiKey.name}`}
        >
          Revoke
        </Button>
      }
      open={open}
      onOpenChange={setOpen}
      title={`Revoke ${apiKey.name}?`}
      description="Services using this key are refused from their next request. Revoking cannot be undone; create a new key to restore access."
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      isPending={revoke.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
