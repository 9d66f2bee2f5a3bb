"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { DetectorForm } from "@/components/privacy/detection/detector-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";

export type DetectorFormDialogProps =
  /** "New detector", with its own trigger button */
  | { detector?: undefined; onClose?: undefined }
  /** edit one detector; open while mounted, `onClose` unmounts it */
  | { detector: DetectorView; onClose: () => void };

/** Create or edit a custom detector. */
export function DetectorFormDialog({ detector, onClose }: DetectorFormDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const open = detector ? true : isOpen;

  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (detector) {
      if (!next) onClose();
    } else setIsOpen(next);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {detector ? null : (
        <DialogTrigger asChild>
          <Button>
            <Plus aria-hidden="true" />
            New detector
          </Button>
        </DialogTrigger>
      )}
      <DialogContent
        title={detector ? `Edit ${detector.name}` : "New detector"}
        description="A regular expression for values the built-in detectors do not know. It must match its sample."
      >
        <DetectorForm detector={detector} onPendingChange={setIsPending} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
