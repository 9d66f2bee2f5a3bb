"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { MaskingPolicyForm } from "@/components/privacy/masking/masking-policy-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";

export type MaskingPolicyDialogProps =
  /** "New policy", with its own trigger button */
  | { policy?: undefined; onClose?: undefined }
  /** edit one policy; open while mounted, `onClose` unmounts it */
  | { policy: MaskingPolicyView; onClose: () => void };

/** Create or edit a masking policy. */
export function MaskingPolicyDialog({ policy, onClose }: MaskingPolicyDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);

  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (policy) {
      if (!next) onClose();
    } else setIsOpen(next);
  }

  return (
    <Dialog open={policy ? true : isOpen} onOpenChange={onOpenChange}>
      {policy ? null : (
        <DialogTrigger asChild>
          <Button>
            <Plus aria-hidden="true" />
            New policy
          </Button>
        </DialogTrigger>
      )}
      <DialogContent
        title={policy ? `Edit ${policy.name}` : "New masking policy"}
        description="Applies from the next call to the tools and callers it names."
        className="max-w-2xl"
      >
        <MaskingPolicyForm
          policy={policy}
          onPendingChange={setIsPending}
          onDone={() => onOpenChange(false)}
        />
      </DialogContent>
    </Dialog>
  );
}
