"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { CreateHoldForm } from "@/components/audit/retention/create-hold-form";

/** "New legal hold": the form in a dialog that closes once the hold is placed. */
export function CreateHoldDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          New legal hold
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New legal hold"
        description="Retention will not purge the events this hold covers until it is released."
        className="max-w-xl"
      >
        <CreateHoldForm onCreated={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
