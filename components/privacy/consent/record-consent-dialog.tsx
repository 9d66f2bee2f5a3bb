"use client";

import { FilePlus2 } from "lucide-react";
import { useState } from "react";
import { RecordConsentForm } from "@/components/privacy/consent/record-consent-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/** "Record consent": a grant or a withdrawal, for a person named in the form or given by the page. */
export function RecordConsentDialog({ subjectId }: { subjectId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <FilePlus2 aria-hidden="true" />
          Record consent
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Record consent"
        description="Records are never changed or deleted: a new record for the same person and purpose replaces the one in force, and the history stays."
      >
        <RecordConsentForm subjectId={subjectId} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
