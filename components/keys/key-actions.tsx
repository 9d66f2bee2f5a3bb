"use client";

import { useRef, useState } from "react";
import { EditKeyDialog } from "@/components/keys/edit-key-dialog";
import { RevokeKeyButton } from "@/components/keys/revoke-key-button";
import { Button } from "@/components/ui/button";
import type { KeyView } from "@/lib/keys/key-view-type";

/** Edit and Revoke for a key that still works; a revoked key offers nothing. */
export function KeyActions({ apiKey }: { apiKey: KeyView }) {
  const [isEditing, setIsEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  if (apiKey.status === "revoked") return null;

  return (
    <span className="flex justify-end gap-1">
      <Button
        ref={editRef}
        variant="ghost"
        size="sm"
        onClick={() => setIsEditing(true)}
        aria-label={`Edit ${apiKey.name}`}
      >
        Edit
      </Button>
      <RevokeKeyButton apiKey={apiKey} />
      {isEditing ? (
        <EditKeyDialog
          apiKey={apiKey}
          onOpenChange={(open) => {
            if (open) return;
            setIsEditing(false);
            // The dialog has no trigger of its own: give focus back to this row's Edit button.
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      ) : null}
    </span>
  );
}
