"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { NewRequestForm } from "@/components/privacy/requests/new-request-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/** "New request": records a request as it arrives; the form leads to the new request's page. */
export function NewRequestDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          New request
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New request"
        description="Record a person's request as soon as it arrives: its deadline runs from now. A request for someone Gatehouse does not know is still recorded, and its answer says so."
      >
        <NewRequestForm />
      </DialogContent>
    </Dialog>
  );
}
