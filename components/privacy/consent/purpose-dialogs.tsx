"use client";

import { Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { PurposeForm } from "@/components/privacy/consent/purpose-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";

export function CreatePurposeDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          New purpose
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New purpose"
        description="A reason for processing personal data. Tools declare the purposes they need; with the legal basis Consent, the gateway checks each call against the person's consent."
      >
        <PurposeForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

export function EditPurposeDialog({ purpose }: { purpose: PurposeView }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Edit ${purpose.name}`} title="Edit">
          <Pencil aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent title={`Edit ${purpose.name}`}>
        <PurposeForm purpose={purpose} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
