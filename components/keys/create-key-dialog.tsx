"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { CreateKeyForm } from "@/components/keys/create-key-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { SecretValue } from "@/components/ui/secret-value";

type Created = { name: string; secret: string };

/** "New key": the form, then the secret, shown once. */
export function CreateKeyDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    // Forget the secret as soon as the dialog closes.
    if (!next) setCreated(null);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          New key
        </Button>
      </DialogTrigger>
      {created ? (
        <DialogContent
          title={`Key “${created.name}” created`}
          description="Give this secret to the service that will use the key."
        >
          <SecretValue
            label="Secret"
            value={created.secret}
            warning="This secret is shown only once. Copy it now and store it safely; if it is lost, revoke the key and create a new one."
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      ) : (
        <DialogContent
          title="New API key"
          description="Services send the key as a Bearer token; it acts with the roles you give it."
        >
          <CreateKeyForm onCreated={(name, secret) => setCreated({ name, secret })} />
        </DialogContent>
      )}
    </Dialog>
  );
}
