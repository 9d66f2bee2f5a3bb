"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { RegisteredSubject } from "@/components/privacy/subjects/registered-subject";
import { RegisterSubjectForm } from "@/components/privacy/subjects/register-subject-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

/** "Register person": the form, then the pseudonym the person got (or already had). */
export function RegisterSubjectDialog() {
  const [open, setOpen] = useState(false);
  const [registered, setRegistered] = useState<SubjectView | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) setRegistered(null);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          Register person
        </Button>
      </DialogTrigger>
      <DialogContent
        title={registered ? "Person registered" : "Register person"}
        description={
          registered
            ? undefined
            : "Give at least one identifier. Gatehouse stores a keyed hash of each and encrypts the value under the person's own key."
        }
      >
        {registered ? (
          <RegisteredSubject subject={registered} onClose={() => onOpenChange(false)} />
        ) : (
          <RegisterSubjectForm onRegistered={setRegistered} />
        )}
      </DialogContent>
    </Dialog>
  );
}
