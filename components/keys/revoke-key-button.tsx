"use client";

import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import type { KeyView } from "@/lib/keys/key-view-type";
import { useRevokeKey } from "@/lib/client/keys/use-revoke-key";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";

/** "Revoke", with a confirmation that names the key. */
export function RevokeKeyButton({ apiKey }: { apiKey: KeyView }) {
  const revoke = useRevokeKey();
  const toast = useToast();

  async function confirm() {
    await revoke.mutateAsync(apiKey.id);
    toast.success(`Revoked ${apiKey.name}.`);
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="ghost-danger" size="sm" aria-label={`Revoke ${apiKey.name}`}>
          Revoke
        </Button>
      }
      title={`Revoke ${apiKey.name}?`}
      description="Services using this key are refused from their next request. Revoking cannot be undone; create a new key to restore access."
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      isPending={revoke.isPending}
      onConfirm={confirm}
    />
  );
}
